// Accepted: values are in [-10^4, 10^4], so count them in an array and emit
// new nodes in order: O(N + range). Allocates fresh nodes instead of relinking.

class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        const int OFFSET = 10000;
        vector<int> count(2 * OFFSET + 1, 0);
        for (ListNode* l : lists)
            for (; l; l = l->next) count[l->val + OFFSET]++;
        ListNode dummy;
        ListNode* tail = &dummy;
        for (int v = 0; v <= 2 * OFFSET; v++)
            for (int c = 0; c < count[v]; c++) {
                tail->next = new ListNode(v - OFFSET);
                tail = tail->next;
            }
        return dummy.next;
    }
};
