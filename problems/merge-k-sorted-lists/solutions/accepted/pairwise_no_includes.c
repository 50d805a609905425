// Accepted: divide and conquer, merging lists[i] with lists[i + step] for
// step = 1, 2, 4, ...: O(N log k), iterative two-list merge. No #include lines
// (LeetCode's headers are implicit).

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
    if (listsSize == 0) return NULL;
    for (int step = 1; step < listsSize; step *= 2)
        for (int i = 0; i + step < listsSize; i += 2 * step)
            lists[i] = merge2(lists[i], lists[i + step]);
    return lists[0];
}
