// Wrong answer: finds the right node by pointing each visited node's next at
// a sentinel, destroying the list. The problem forbids modifying the list,
// and the driver reports "input was modified".
/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode(int x) : val(x), next(NULL) {}
 * };
 */
class Solution {
public:
    ListNode *detectCycle(ListNode *head) {
        static ListNode sentinel(0);
        ListNode *p = head;
        while (p) {
            if (p->next == &sentinel) return p;
            ListNode *next = p->next;
            p->next = &sentinel;
            p = next;
        }
        return nullptr;
    }
};
