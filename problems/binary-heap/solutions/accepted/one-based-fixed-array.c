// Accepted: a 1-based heap (children of i at 2i and 2i+1) in an array sized
// to the 10^5 calls, with swaps instead of holes.
typedef struct {
    int a[100001];
    int n;
} MinHeap;

MinHeap* minHeapCreate() {
    return calloc(1, sizeof(MinHeap));
}

static void swap(int* x, int* y) {
    int t = *x;
    *x = *y;
    *y = t;
}

void minHeapPush(MinHeap* obj, int val) {
    int i = ++obj->n;
    obj->a[i] = val;
    while (i > 1 && obj->a[i / 2] > obj->a[i]) {
        swap(&obj->a[i / 2], &obj->a[i]);
        i /= 2;
    }
}

int minHeapPop(MinHeap* obj) {
    int top = obj->a[1];
    obj->a[1] = obj->a[obj->n--];
    int i = 1;
    while (2 * i <= obj->n) {
        int c = 2 * i;
        if (c + 1 <= obj->n && obj->a[c + 1] < obj->a[c]) c++;
        if (obj->a[i] <= obj->a[c]) break;
        swap(&obj->a[i], &obj->a[c]);
        i = c;
    }
    return top;
}

int minHeapPeek(MinHeap* obj) {
    return obj->a[1];
}

int minHeapSize(MinHeap* obj) {
    return obj->n;
}

void minHeapFree(MinHeap* obj) {
    free(obj);
}
