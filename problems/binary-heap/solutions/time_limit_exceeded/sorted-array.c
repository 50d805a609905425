// Too slow: keeps the elements sorted in decreasing order, so pop and peek
// read the end, but push shifts elements to insert: O(n) per push.
typedef struct {
    int* a;
    int n, cap;
} MinHeap;

MinHeap* minHeapCreate() {
    MinHeap* h = calloc(1, sizeof(MinHeap));
    h->cap = 16;
    h->a = malloc(h->cap * sizeof(int));
    return h;
}

void minHeapPush(MinHeap* obj, int val) {
    if (obj->n == obj->cap) {
        obj->cap *= 2;
        obj->a = realloc(obj->a, obj->cap * sizeof(int));
    }
    int i = obj->n++;
    while (i > 0 && obj->a[i - 1] < val) {
        obj->a[i] = obj->a[i - 1];
        i--;
    }
    obj->a[i] = val;
}

int minHeapPop(MinHeap* obj) {
    return obj->a[--obj->n];
}

int minHeapPeek(MinHeap* obj) {
    return obj->a[obj->n - 1];
}

int minHeapSize(MinHeap* obj) {
    return obj->n;
}

void minHeapFree(MinHeap* obj) {
    free(obj->a);
    free(obj);
}
