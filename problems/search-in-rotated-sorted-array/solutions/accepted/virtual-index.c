// Accepted: finds the rotation point, then binary searches the sorted order
// through index arithmetic: the i-th smallest value is at (i + pivot) % n.
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
        if (nums[at] == target) return at;
        if (nums[at] < target) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}
