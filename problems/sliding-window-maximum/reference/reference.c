// Reference: a monotonic deque of indices whose values fall from front to
// back; the front is the window's maximum. Each index enters and leaves once:
// O(n).
int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    int* deque = malloc(sizeof(int) * numsSize);
    int* out = malloc(sizeof(int) * (numsSize - k + 1));
    int head = 0, tail = 0, count = 0;
    for (int i = 0; i < numsSize; i++) {
        if (head < tail && deque[head] <= i - k) head++;
        while (head < tail && nums[deque[tail - 1]] <= nums[i]) tail--;
        deque[tail++] = i;
        if (i >= k - 1) out[count++] = nums[deque[head]];
    }
    free(deque);
    *returnSize = count;
    return out;
}
