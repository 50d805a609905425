// Wrong answer: finds the rotation point and the target's rank in sorted
// order, but returns the rank instead of the index in the rotated array.
int search(int* nums, int numsSize, int target) {
    int lo = 0, hi = numsSize - 1;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (nums[mid] > nums[hi]) lo = mid + 1;
        else hi = mid;
    }
    int pivot = lo;
    lo = 0;
    hi = numsSize - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int at = (mid + pivot) % numsSize;
        if (nums[at] == target) return mid;
        if (nums[at] < target) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}
