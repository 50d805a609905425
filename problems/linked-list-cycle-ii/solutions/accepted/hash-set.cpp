// Accepted: unordered_set of visited node pointers. O(n) time and memory.
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
        unordered_set<ListNode*> seen;
        for (ListNode *p = head; p; p = p->next) {
            if (!seen.insert(p).second) return p;
        }
        return nullptr;
    }
};
