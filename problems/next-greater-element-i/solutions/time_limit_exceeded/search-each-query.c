// Too slow: for each value of nums1, finds it in nums2 and scans right for a
// greater one. O(nums1.length * nums2.length): fast at 1000 (as on
// LeetCode), but not the linear time the follow-up asks for.
int* nextGreaterElement(int* nums1, int nums1Size, int* nums2, int nums2Size, int* returnSize) {
    int* out = malloc(sizeof(int) * nums1Size);
    for (int i = 0; i < nums1Size; i++) {
        int at = 0;
        while (nums2[at] != nums1[i]) at++;
        out[i] = -1;
        for (int j = at + 1; j < nums2Size; j++)
            if (nums2[j] > nums1[i]) {
                out[i] = nums2[j];
                break;
            }
    }
    *returnSize = nums1Size;
    return out;
}
