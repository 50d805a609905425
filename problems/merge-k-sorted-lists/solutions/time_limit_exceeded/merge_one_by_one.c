// Time limit exceeded: correct, but merges the lists into the result one at a
// time, so the growing result is walked again for every list: O(k * N). With
// k = 10^4 lists and 10^5 nodes (large-many-lists) that is ~5*10^8 steps.

static struct ListNode *merge2(struct ListNode *a, struct ListNode *b) {
    struct ListNode head, *t = &head;
    while (a && b) {
        if (a->val <= b->val) { t->next = a; a = a->next; }
        else { t->next = b; b = b->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return head.next;
}

struct ListNode* mergeKLists(struct ListNode** lists, int listsSize) {
    struct ListNode *result = NULL;
    for (int i = 0; i < listsSize; i++)
        result = merge2(result, lists[i]);
    return result;
}
