// Time limit exceeded: no hash set; for the k-th node visited it walks the
// first k nodes from the head to see whether it was already visited.
// Correct, but O(n^2): about 5e9 steps for 10^5 nodes.
/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
struct ListNode *detectCycle(struct ListNode *head) {
    int steps = 0;
    for (struct ListNode *p = head; p; p = p->next, steps++) {
        struct ListNode *q = head;
        for (int i = 0; i < steps; i++, q = q->next)
            if (q == p) return p;
    }
    return NULL;
}
