// Too slow: compares every pair, O(n^2). LeetCode accepts it for one array
// of 10^4 (5 * 10^7 comparisons), and so do the tests here (each has at most
// one array that makes it scan far), but it fails the complexity check: the
// follow-up asks for less than O(n^2).
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int* answer = malloc(2 * sizeof(int));
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        for (int j = i + 1; j < numsSize; j++) {
            if ((long long)nums[i] + nums[j] == target) {
                answer[0] = i;
                answer[1] = j;
                *returnSize = 2;
                return answer;
            }
        }
    }
    return answer;
}
