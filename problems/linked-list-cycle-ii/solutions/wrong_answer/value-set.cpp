// Wrong answer: remembers visited VALUES instead of nodes, so a list with a
// repeated value (e.g. [5,5] with pos = 0, or [0,0,0] without a cycle) is
// reported as cycling at the second occurrence.
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
        unordered_set<int> seen;
        for (ListNode *p = head; p; p = p->next) {
            if (!seen.insert(p->val).second) return p;
        }
        return nullptr;
    }
};
