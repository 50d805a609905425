// Reference: a binary min-heap (own implementation) of the current heads of
// all non-empty lists, ordered by value. Pop the smallest, append it, push its
// successor: O(N log k), iterative. No #include: headers are implicit.

/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */

static void heapDown(struct ListNode **h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && h[l]->val < h[m]->val) m = l;
        if (r < n && h[r]->val < h[m]->val) m = r;
        if (m == i) return;
        struct ListNode *t = h[i]; h[i] = h[m]; h[m] = t;
        i = m;
    }
}

struct ListNode* mergeKLists(struct ListNode** lists, int listsSize) {
    struct ListNode **heap = malloc(sizeof(struct ListNode *) * (listsSize + 1));
    int n = 0;
    for (int i = 0; i < listsSize; i++)
        if (lists[i]) heap[n++] = lists[i];
    for (int i = n / 2 - 1; i >= 0; i--) heapDown(heap, n, i);

    struct ListNode dummy = {0, NULL};
    struct ListNode *tail = &dummy;
    while (n > 0) {
        struct ListNode *min = heap[0];
        tail->next = min;
        tail = min;
        if (min->next) heap[0] = min->next;
        else heap[0] = heap[--n];
        heapDown(heap, n, 0);
    }
    tail->next = NULL;
    free(heap);
    return dummy.next;
}
