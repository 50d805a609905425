// Accepted: recursive; the depth is at most 5000 frames.
struct ListNode* reverseList(struct ListNode* head) {
    if (!head || !head->next) return head;
    struct ListNode* reversed = reverseList(head->next);
    head->next->next = head;
    head->next = NULL;
    return reversed;
}
