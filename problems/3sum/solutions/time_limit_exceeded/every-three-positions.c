// Too slow: tries every three positions, O(n^3): 4.5 * 10^9 triples for
// 3,000 values. Sorting first makes each triplet come out in order, and a
// triplet is kept only if it differs from every one already found.
static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

int** threeSum(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), ascending);
    int capacity = 16, count = 0;
    int** triplets = malloc(capacity * sizeof(int*));
    for (int i = 0; i < numsSize; i++) {
        if (i > 0 && nums[i] == nums[i - 1]) continue;
        for (int j = i + 1; j < numsSize; j++) {
            if (j > i + 1 && nums[j] == nums[j - 1]) continue;
            for (int k = j + 1; k < numsSize; k++) {
                if (k > j + 1 && nums[k] == nums[k - 1]) continue;
                if (nums[i] + nums[j] + nums[k] != 0) continue;
                if (count == capacity) {
                    capacity *= 2;
                    triplets = realloc(triplets, capacity * sizeof(int*));
                }
                int* t = malloc(3 * sizeof(int));
                t[0] = nums[i];
                t[1] = nums[j];
                t[2] = nums[k];
                triplets[count++] = t;
            }
        }
    }
    *returnSize = count;
    *returnColumnSizes = malloc((count + 1) * sizeof(int));
    for (int k = 0; k < count; k++) (*returnColumnSizes)[k] = 3;
    return triplets;
}
