// Reference: sort, then for each first value (skipping repeats) walk two
// pointers over the rest; after a match both skip past copies of their
// value, so each triplet is reported once. O(n^2). The result grows by
// doubling: the number of triplets is not known in advance.
static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** threeSum(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), ascending);
    int capacity = 16, count = 0;
    int** triplets = malloc(capacity * sizeof(int*));
    for (int i = 0; i + 2 < numsSize; i++) {
        if (i > 0 && nums[i] == nums[i - 1]) continue;
        int lo = i + 1, hi = numsSize - 1;
        while (lo < hi) {
            int sum = nums[i] + nums[lo] + nums[hi];
            if (sum < 0) {
                lo++;
            } else if (sum > 0) {
                hi--;
            } else {
                if (count == capacity) {
                    capacity *= 2;
                    triplets = realloc(triplets, capacity * sizeof(int*));
                }
                int* t = malloc(3 * sizeof(int));
                t[0] = nums[i];
                t[1] = nums[lo];
                t[2] = nums[hi];
                triplets[count++] = t;
                int a = nums[lo], b = nums[hi];
                while (lo < hi && nums[lo] == a) lo++;
                while (lo < hi && nums[hi] == b) hi--;
            }
        }
    }
    *returnSize = count;
    *returnColumnSizes = malloc((count + 1) * sizeof(int));
    for (int k = 0; k < count; k++) (*returnColumnSizes)[k] = 3;
    return triplets;
}
