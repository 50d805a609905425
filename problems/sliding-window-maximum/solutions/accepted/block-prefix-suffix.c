// Accepted: splits the array into blocks of k; the maximum of a window is
// the larger of the suffix maximum of the block it starts in and the prefix
// maximum of the block it ends in. O(n), no deque.
int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    int* left = malloc(sizeof(int) * numsSize);
    int* right = malloc(sizeof(int) * numsSize);
    for (int i = 0; i < numsSize; i++)
        left[i] = (i % k == 0 || nums[i] > left[i - 1]) ? nums[i] : left[i - 1];
    for (int i = numsSize - 1; i >= 0; i--)
        right[i] = (i == numsSize - 1 || (i + 1) % k == 0 || nums[i] > right[i + 1])
                       ? nums[i] : right[i + 1];
    int count = numsSize - k + 1;
    int* out = malloc(sizeof(int) * count);
    for (int i = 0; i < count; i++)
        out[i] = right[i] > left[i + k - 1] ? right[i] : left[i + k - 1];
    free(left);
    free(right);
    *returnSize = count;
    return out;
}
