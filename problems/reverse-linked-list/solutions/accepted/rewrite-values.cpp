// Accepted: copies the values into a vector and writes them back in reverse
// order, leaving the links alone. O(n) time, O(n) memory.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        vector<int> values;
        for (ListNode* p = head; p; p = p->next) values.push_back(p->val);
        for (ListNode* p = head; p; p = p->next) {
            p->val = values.back();
            values.pop_back();
        }
        return head;
    }
};
