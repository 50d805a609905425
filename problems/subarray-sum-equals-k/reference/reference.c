// Reference: counts prefix sums seen so far in an open-addressing hash table
// (linear probing, at least twice as many slots as prefixes); a subarray
// ending here sums to k when an earlier prefix equals the current prefix
// minus k. The empty prefix (0) is counted once first. O(n).
typedef struct { int key; int count; bool used; } Slot;

static unsigned slotOf(int key, unsigned mask) {
    return ((unsigned)key * 2654435761u) & mask;
}

static Slot* find(Slot* table, unsigned mask, int key) {
    unsigned at = slotOf(key, mask);
    while (table[at].used && table[at].key != key) at = (at + 1) & mask;
    return &table[at];
}

int subarraySum(int* nums, int numsSize, int k) {
    unsigned size = 1;
    while (size < 2u * (unsigned)numsSize + 2) size <<= 1;
    Slot* table = calloc(size, sizeof(Slot));
    unsigned mask = size - 1;
    Slot* zero = find(table, mask, 0);
    *zero = (Slot){0, 1, true};
    int sum = 0, count = 0;
    for (int i = 0; i < numsSize; i++) {
        sum += nums[i];
        Slot* match = find(table, mask, sum - k);
        if (match->used) count += match->count;
        Slot* slot = find(table, mask, sum);
        if (!slot->used) *slot = (Slot){sum, 0, true};
        slot->count++;
    }
    free(table);
    return count;
}
