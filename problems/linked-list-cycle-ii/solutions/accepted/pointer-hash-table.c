// Accepted: C has no set type, so this keeps its own open-addressing hash
// table of visited node addresses (sized as it grows). O(n) expected time.
/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
static struct ListNode **table;
static size_t cap, used;

static size_t slot(struct ListNode *p) {
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 20) & (cap - 1);
    while (table[i] && table[i] != p) i = (i + 1) & (cap - 1);
    return i;
}

static void grow(void) {
    struct ListNode **old = table;
    size_t oldCap = cap;
    cap = cap ? cap * 2 : 1024;
    table = calloc(cap, sizeof *table);
    for (size_t i = 0; i < oldCap; i++)
        if (old[i]) table[slot(old[i])] = old[i];
    free(old);
}

struct ListNode *detectCycle(struct ListNode *head) {
    table = NULL; cap = used = 0;
    grow();
    struct ListNode *answer = NULL;
    for (struct ListNode *p = head; p; p = p->next) {
        size_t i = slot(p);
        if (table[i]) { answer = p; break; }
        table[i] = p;
        if (++used * 2 > cap) grow();
    }
    free(table);
    table = NULL;
    return answer;
}
