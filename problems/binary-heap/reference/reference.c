// Reference: the heap in a growable array; children of i at 2i+1 and 2i+2.
// push sifts the new element up, pop moves the last element to the root and
// sifts it down: O(log n). peek and size are O(1).
typedef struct {
    int* a;
    int n, cap;
} MinHeap;

MinHeap* minHeapCreate() {
    MinHeap* h = malloc(sizeof(MinHeap));
    h->cap = 16;
    h->n = 0;
    h->a = malloc(h->cap * sizeof(int));
    return h;
}

void minHeapPush(MinHeap* obj, int val) {
    if (obj->n == obj->cap) {
        obj->cap *= 2;
        obj->a = realloc(obj->a, obj->cap * sizeof(int));
    }
    int i = obj->n++;
    while (i > 0 && obj->a[(i - 1) / 2] > val) {
        obj->a[i] = obj->a[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    obj->a[i] = val;
}

int minHeapPop(MinHeap* obj) {
    int top = obj->a[0];
    int last = obj->a[--obj->n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= obj->n) break;
        if (c + 1 < obj->n && obj->a[c + 1] < obj->a[c]) c++;
        if (obj->a[c] >= last) break;
        obj->a[i] = obj->a[c];
        i = c;
    }
    obj->a[i] = last;
    return top;
}

int minHeapPeek(MinHeap* obj) {
    return obj->a[0];
}

int minHeapSize(MinHeap* obj) {
    return obj->n;
}

void minHeapFree(MinHeap* obj) {
    free(obj->a);
    free(obj);
}
