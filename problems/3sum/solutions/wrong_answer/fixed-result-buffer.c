// Wrong: sizes the result for at most 1,000 triplets (plenty for every
// example) and stops there; the large tests have tens of thousands.
static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

#define MAX_TRIPLETS 1000

int** threeSum(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), ascending);
    int** triplets = malloc(MAX_TRIPLETS * sizeof(int*));
    *returnColumnSizes = malloc(MAX_TRIPLETS * sizeof(int));
    int count = 0;
    for (int i = 0; i + 2 < numsSize && count < MAX_TRIPLETS; i++) {
        if (i > 0 && nums[i] == nums[i - 1]) continue;
        int lo = i + 1, hi = numsSize - 1;
        while (lo < hi && count < MAX_TRIPLETS) {
            int sum = nums[i] + nums[lo] + nums[hi];
            if (sum < 0) {
                lo++;
            } else if (sum > 0) {
                hi--;
            } else {
                int* t = malloc(3 * sizeof(int));
                t[0] = nums[i];
                t[1] = nums[lo];
                t[2] = nums[hi];
                (*returnColumnSizes)[count] = 3;
                triplets[count++] = t;
                int a = nums[lo], b = nums[hi];
                while (lo < hi && nums[lo] == a) lo++;
                while (lo < hi && nums[hi] == b) hi--;
            }
        }
    }
    *returnSize = count;
    return triplets;
}
