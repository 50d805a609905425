// Too slow: walks to the tail, detaches it and appends it to the result, n
// times: O(n^2). Fast enough for 5000 nodes, but it fails the O(n)
// complexity check.
struct ListNode* reverseList(struct ListNode* head) {
    struct ListNode *result = NULL, *last = NULL;
    while (head) {
        struct ListNode *prev = NULL, *tail = head;
        while (tail->next) {
            prev = tail;
            tail = tail->next;
        }
        if (prev) prev->next = NULL;
        else head = NULL;
        if (last) last->next = tail;
        else result = tail;
        last = tail;
    }
    return result;
}
