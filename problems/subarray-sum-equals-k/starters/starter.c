int subarraySum(int* nums, int numsSize, int k) {
    return 0;
}
