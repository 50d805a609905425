// Reference: the lower half in a max-heap, the upper half in a min-heap, the
// lower holding the extra number when the count is odd. addNum is O(log n);
// the median is read from the tops in O(1). Both heaps are min-heaps over
// growable arrays; the lower one stores negated numbers.
typedef struct {
    int* items;
    int size, capacity;
} Heap;

typedef struct {
    Heap lower, upper;
} MedianFinder;

static void heapPush(Heap* h, int v) {
    if (h->size == h->capacity) {
        h->capacity = h->capacity ? 2 * h->capacity : 64;
        h->items = realloc(h->items, h->capacity * sizeof(int));
    }
    int i = h->size++;
    while (i > 0 && h->items[(i - 1) / 2] > v) {
        h->items[i] = h->items[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->items[i] = v;
}

static int heapPop(Heap* h) {
    int top = h->items[0];
    int last = h->items[--h->size];
    int i = 0;
    for (;;) {
        int child = 2 * i + 1;
        if (child >= h->size) break;
        if (child + 1 < h->size && h->items[child + 1] < h->items[child]) child++;
        if (h->items[child] >= last) break;
        h->items[i] = h->items[child];
        i = child;
    }
    if (h->size > 0) h->items[i] = last;
    return top;
}

MedianFinder* medianFinderCreate() {
    return calloc(1, sizeof(MedianFinder));
}

void medianFinderAddNum(MedianFinder* obj, int num) {
    heapPush(&obj->lower, -num);
    heapPush(&obj->upper, -heapPop(&obj->lower));
    if (obj->upper.size > obj->lower.size) heapPush(&obj->lower, -heapPop(&obj->upper));
}

double medianFinderFindMedian(MedianFinder* obj) {
    double low = -obj->lower.items[0];
    if (obj->lower.size > obj->upper.size) return low;
    return (low + obj->upper.items[0]) / 2.0;
}

void medianFinderFree(MedianFinder* obj) {
    free(obj->lower.items);
    free(obj->upper.items);
    free(obj);
}
