typedef struct {
    
} KthLargest;


KthLargest* kthLargestCreate(int k, int* nums, int numsSize) {
    return NULL;
}

int kthLargestAdd(KthLargest* obj, int val) {
    return 0;
}

void kthLargestFree(KthLargest* obj) {
    
}

/**
 * Your KthLargest struct will be instantiated and called as such:
 * KthLargest* obj = kthLargestCreate(k, nums, numsSize);
 * int param_1 = kthLargestAdd(obj, val);
 
 * kthLargestFree(obj);
*/
