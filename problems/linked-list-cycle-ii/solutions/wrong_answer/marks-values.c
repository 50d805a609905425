// Wrong answer: finds the right node, but by overwriting each visited node's
// value with a marker outside the value range. The problem forbids modifying
// the list, and the driver reports "input was modified".
/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
struct ListNode *detectCycle(struct ListNode *head) {
    const int MARK = 1000000;
    for (struct ListNode *p = head; p; p = p->next) {
        if (p->val == MARK) return p;
        p->val = MARK;
    }
    return NULL;
}
