// Too slow: rescans each window for its maximum. O(nk): about 2.5*10^9
// comparisons for n = 10^5 and k = n/2.
int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    int count = numsSize - k + 1;
    int* out = malloc(sizeof(int) * count);
    for (int i = 0; i < count; i++) {
        int best = nums[i];
        for (int j = i + 1; j < i + k; j++)
            if (nums[j] > best) best = nums[j];
        out[i] = best;
    }
    *returnSize = count;
    return out;
}
