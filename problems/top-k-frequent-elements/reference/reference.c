// Reference: count in an array indexed by value + 10^4 (noting each distinct
// value when first seen), then a counting sort of the distinct values by
// count, highest first. O(n): only the values seen are touched.
#define OFFSET 10000
#define RANGE 20001

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* topKFrequent(int* nums, int numsSize, int k, int* returnSize) {
    int* counts = calloc(RANGE, sizeof(int));
    int* distinct = malloc((numsSize + 1) * sizeof(int));
    int d = 0;
    for (int i = 0; i < numsSize; i++) {
        if (counts[nums[i] + OFFSET]++ == 0) distinct[d++] = nums[i];
    }
    // by_count[c]: how many distinct values occur c times, then where the
    // first of them goes in the output.
    int* by_count = calloc(numsSize + 2, sizeof(int));
    for (int i = 0; i < d; i++) by_count[counts[distinct[i] + OFFSET]]++;
    int next = 0;
    for (int c = numsSize; c >= 1; c--) {
        int here = by_count[c];
        by_count[c] = next;
        next += here;
    }
    int* sorted = malloc((d + 1) * sizeof(int));
    for (int i = 0; i < d; i++) sorted[by_count[counts[distinct[i] + OFFSET]]++] = distinct[i];
    free(counts);
    free(distinct);
    free(by_count);
    *returnSize = k < d ? k : d;
    return sorted;
}
