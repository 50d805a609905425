// Too slow: for each start, adds up every end. O(n^2): 2*10^8 pairs at
// n = 2*10^4, within the limit (as on LeetCode) but not the O(n) asked for.
int subarraySum(int* nums, int numsSize, int k) {
    int count = 0;
    for (int i = 0; i < numsSize; i++) {
        int sum = 0;
        for (int j = i; j < numsSize; j++) {
            sum += nums[j];
            if (sum == k) count++;
        }
    }
    return count;
}
