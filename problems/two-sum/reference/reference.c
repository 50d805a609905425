// Reference: sort the indices by value, then walk two pointers inwards from
// the smallest and the largest value. O(n log n) time. Sums in long long:
// two values reach 2 * 10^9, past int.
static int* order_values;

static int by_value(const void* a, const void* b) {
    int x = order_values[*(const int*)a];
    int y = order_values[*(const int*)b];
    return (x > y) - (x < y);
}

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int* order = malloc(numsSize * sizeof(int));
    for (int i = 0; i < numsSize; i++) order[i] = i;
    order_values = nums;
    qsort(order, numsSize, sizeof(int), by_value);
    int* answer = malloc(2 * sizeof(int));
    *returnSize = 0;
    int lo = 0, hi = numsSize - 1;
    while (lo < hi) {
        long long sum = (long long)nums[order[lo]] + nums[order[hi]];
        if (sum == target) {
            answer[0] = order[lo];
            answer[1] = order[hi];
            *returnSize = 2;
            break;
        }
        if (sum < target) lo++;
        else hi--;
    }
    free(order);
    return answer;
}
