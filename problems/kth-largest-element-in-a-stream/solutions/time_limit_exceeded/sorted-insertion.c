// Too slow: keeps the k largest numbers in an array sorted in decreasing
// order and inserts each new one by shifting the smaller ones right: O(k)
// per add. Fast enough at LeetCode's sizes, but it fails the O(log k)
// complexity check.
typedef struct {
    int* a;
    int size, k;
} KthLargest;

int kthLargestAdd(KthLargest* obj, int val) {
    if (obj->size == obj->k) {
        if (val <= obj->a[obj->size - 1]) return obj->a[obj->size - 1];
        obj->size--;
    }
    int i = obj->size++;
    while (i > 0 && obj->a[i - 1] < val) {
        obj->a[i] = obj->a[i - 1];
        i--;
    }
    obj->a[i] = val;
    return obj->a[obj->size - 1];
}

KthLargest* kthLargestCreate(int k, int* nums, int numsSize) {
    KthLargest* obj = malloc(sizeof(KthLargest));
    obj->a = malloc(k * sizeof(int));
    obj->size = 0;
    obj->k = k;
    for (int i = 0; i < numsSize; i++) kthLargestAdd(obj, nums[i]);
    return obj;
}

void kthLargestFree(KthLargest* obj) {
    free(obj->a);
    free(obj);
}
