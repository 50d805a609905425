// Wrong answer: the "store val - min" trick with 32-bit differences. A
// difference of two ints needs 33 bits: pushing -2^31 onto 2^31-1 stores
// -2^31 - (2^31-1), which wraps to +1 (computed in unsigned arithmetic here,
// so the wrap is well defined), so the push is not seen as a new minimum and
// getMin answers 2147483647 instead of -2147483648
// (tests/04-extreme-values.txt). Storing long long differences fixes it.
typedef struct {
    int *diffs;
    int size, cap;
    int min;
} MinStack;

MinStack* minStackCreate() {
    MinStack* obj = malloc(sizeof(MinStack));
    obj->cap = 16;
    obj->size = 0;
    obj->diffs = malloc(obj->cap * sizeof(int));
    obj->min = 0;
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->diffs = realloc(obj->diffs, obj->cap * sizeof(int));
    }
    if (obj->size == 0) {
        obj->diffs[obj->size++] = 0;
        obj->min = val;
        return;
    }
    int d = (int)((unsigned)val - (unsigned)obj->min);   /* BUG: needs 33 bits */
    obj->diffs[obj->size++] = d;
    if (d < 0) obj->min = val;
}

void minStackPop(MinStack* obj) {
    int d = obj->diffs[--obj->size];
    if (d < 0) obj->min = (int)((unsigned)obj->min - (unsigned)d);
}

int minStackTop(MinStack* obj) {
    int d = obj->diffs[obj->size - 1];
    return d < 0 ? obj->min : (int)((unsigned)obj->min + (unsigned)d);
}

int minStackGetMin(MinStack* obj) {
    return obj->min;
}

void minStackFree(MinStack* obj) {
    free(obj->diffs);
    free(obj);
}
