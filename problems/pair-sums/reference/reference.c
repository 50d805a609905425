// Reference: sort, then two pointers from both ends; after a match both skip
// past every copy of their value, so each pair of values is reported once.
// Sums in long long: two ints may not fit in an int. O(n log n).
static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** pairSums(int* nums, int numsSize, int target, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), ascending);
    int** pairs = malloc((numsSize / 2 + 1) * sizeof(int*));
    *returnColumnSizes = malloc((numsSize / 2 + 1) * sizeof(int));
    int count = 0;
    int lo = 0, hi = numsSize - 1;
    while (lo < hi) {
        long long sum = (long long)nums[lo] + nums[hi];
        if (sum < target) {
            lo++;
        } else if (sum > target) {
            hi--;
        } else {
            int* pair = malloc(2 * sizeof(int));
            pair[0] = nums[lo];
            pair[1] = nums[hi];
            (*returnColumnSizes)[count] = 2;
            pairs[count++] = pair;
            int a = nums[lo], b = nums[hi];
            while (lo < hi && nums[lo] == a) lo++;
            while (lo < hi && nums[hi] == b) hi--;
        }
    }
    *returnSize = count;
    return pairs;
}
