// Reference: iterative, relinking each node in front of the reversed part.
// O(n) time, O(1) extra memory.
/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
struct ListNode* reverseList(struct ListNode* head) {
    struct ListNode* reversed = NULL;
    while (head) {
        struct ListNode* next = head->next;
        head->next = reversed;
        reversed = head;
        head = next;
    }
    return reversed;
}
