// Reference: one pass over nums2 with a stack of values still waiting for a
// greater one (falling from bottom to top); a value pops every smaller
// waiting value and is its answer. Answers are kept by value (0..10^4).
// O(nums1.length + nums2.length).
#define MAX_VALUE 10000

int* nextGreaterElement(int* nums1, int nums1Size, int* nums2, int nums2Size, int* returnSize) {
    static int next[MAX_VALUE + 1];
    int* stack = malloc(sizeof(int) * nums2Size);
    int top = 0;
    for (int i = 0; i < nums2Size; i++) {
        next[nums2[i]] = -1;
        while (top > 0 && stack[top - 1] < nums2[i]) next[stack[--top]] = nums2[i];
        stack[top++] = nums2[i];
    }
    free(stack);
    int* out = malloc(sizeof(int) * nums1Size);
    for (int i = 0; i < nums1Size; i++) out[i] = next[nums1[i]];
    *returnSize = nums1Size;
    return out;
}
