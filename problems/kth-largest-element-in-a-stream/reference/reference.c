// Reference: a min-heap of the k largest numbers; its root is the answer.
// add pushes only a number larger than the root (or while fewer than k are
// held) and then drops the root: O(log k) per add.
typedef struct {
    int* heap;
    int size, k;
} KthLargest;

static void swap(int* a, int* b) {
    int t = *a;
    *a = *b;
    *b = t;
}

static void siftUp(int* h, int i) {
    while (i > 0 && h[(i - 1) / 2] > h[i]) {
        swap(&h[(i - 1) / 2], &h[i]);
        i = (i - 1) / 2;
    }
}

static void siftDown(int* h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && h[l] < h[m]) m = l;
        if (r < n && h[r] < h[m]) m = r;
        if (m == i) return;
        swap(&h[m], &h[i]);
        i = m;
    }
}

int kthLargestAdd(KthLargest* obj, int val) {
    if (obj->size < obj->k) {
        obj->heap[obj->size] = val;
        siftUp(obj->heap, obj->size++);
    } else if (val > obj->heap[0]) {
        obj->heap[0] = val;
        siftDown(obj->heap, obj->size, 0);
    }
    return obj->heap[0];
}

KthLargest* kthLargestCreate(int k, int* nums, int numsSize) {
    KthLargest* obj = malloc(sizeof(KthLargest));
    obj->heap = malloc(k * sizeof(int));
    obj->size = 0;
    obj->k = k;
    for (int i = 0; i < numsSize; i++) kthLargestAdd(obj, nums[i]);
    return obj;
}

void kthLargestFree(KthLargest* obj) {
    free(obj->heap);
    free(obj);
}
