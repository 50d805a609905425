// Wrong answer: collects the values in a std::set, which silently drops
// duplicates; LeetCode's first example already has two 1s and two 4s.

class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        set<int> values;   // BUG: should be a multiset (or keep counts)
        for (ListNode* l : lists)
            for (; l; l = l->next) values.insert(l->val);
        ListNode dummy;
        ListNode* tail = &dummy;
        for (int v : values) {
            tail->next = new ListNode(v);
            tail = tail->next;
        }
        return dummy.next;
    }
};
