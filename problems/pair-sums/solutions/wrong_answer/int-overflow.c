// Wrong: sorts and walks two pointers, but adds two ints in an int: at the
// 32-bit bounds the sum wraps (2147483647 + 1 becomes -2147483648) and the
// pointers move the wrong way or match a pair that does not sum to target.
static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

int** pairSums(int* nums, int numsSize, int target, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), ascending);
    int** pairs = malloc((numsSize / 2 + 1) * sizeof(int*));
    *returnColumnSizes = malloc((numsSize / 2 + 1) * sizeof(int));
    int count = 0;
    int lo = 0, hi = numsSize - 1;
    while (lo < hi) {
        int sum = (int)((unsigned)nums[lo] + (unsigned)nums[hi]);
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
