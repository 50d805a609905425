// Wrong: an off-by-one in the inner loop's bound never pairs anything with
// the last element: [3,2,4] with target 6 finds nothing.
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int* answer = malloc(2 * sizeof(int));
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        for (int j = i + 1; j < numsSize - 1; j++) {
            if (nums[i] + nums[j] == target) {
                answer[0] = i;
                answer[1] = j;
                *returnSize = 2;
                return answer;
            }
        }
    }
    return answer;
}
