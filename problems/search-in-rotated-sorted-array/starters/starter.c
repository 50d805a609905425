int search(int* nums, int numsSize, int target) {
    return 0;
}
