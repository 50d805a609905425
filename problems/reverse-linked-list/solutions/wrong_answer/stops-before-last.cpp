// Wrong answer: loops while `head->next` is set, so the last node is never
// linked in front: the reversed list loses its first element.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head) return nullptr;
        ListNode* reversed = nullptr;
        while (head->next) {
            ListNode* next = head->next;
            head->next = reversed;
            reversed = head;
            head = next;
        }
        return reversed ? reversed : head;
    }
};
