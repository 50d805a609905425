// Too slow: keeps the numbers in a sorted array and shifts the larger ones
// up by one to insert, O(n) per addNum: about 3.9 * 10^9 instructions over
// 2.5 * 10^4 random adds, and it fails the complexity check (addNum must be
// O(log n)).
typedef struct {
    int* sorted;
    int size, capacity;
} MedianFinder;

MedianFinder* medianFinderCreate() {
    return calloc(1, sizeof(MedianFinder));
}

void medianFinderAddNum(MedianFinder* obj, int num) {
    if (obj->size == obj->capacity) {
        obj->capacity = obj->capacity ? 2 * obj->capacity : 64;
        obj->sorted = realloc(obj->sorted, obj->capacity * sizeof(int));
    }
    int i = obj->size++;
    while (i > 0 && obj->sorted[i - 1] > num) {
        obj->sorted[i] = obj->sorted[i - 1];
        i--;
    }
    obj->sorted[i] = num;
}

double medianFinderFindMedian(MedianFinder* obj) {
    int n = obj->size;
    return (obj->sorted[(n - 1) / 2] + (double)obj->sorted[n / 2]) / 2.0;
}

void medianFinderFree(MedianFinder* obj) {
    free(obj->sorted);
    free(obj);
}
