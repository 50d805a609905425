// Wrong answer: answers the index of the next greater element in nums2
// rather than the element itself.
int* nextGreaterElement(int* nums1, int nums1Size, int* nums2, int nums2Size, int* returnSize) {
    int* out = malloc(sizeof(int) * nums1Size);
    for (int i = 0; i < nums1Size; i++) {
        int at = 0;
        while (nums2[at] != nums1[i]) at++;
        out[i] = -1;
        for (int j = at + 1; j < nums2Size; j++)
            if (nums2[j] > nums1[i]) {
                out[i] = j;
                break;
            }
    }
    *returnSize = nums1Size;
    return out;
}
