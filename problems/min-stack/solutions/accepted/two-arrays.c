// Accepted: two growable int arrays, the values and the minimum candidates.
// A value goes onto the candidates when it is <= the current minimum (so each
// copy of a duplicated minimum is recorded) and leaves them when it is popped.
// O(1) per call, amortized for the realloc growth.
typedef struct {
    int *vals, *mins;
    int nvals, nmins, cap;
} MinStack;

MinStack* minStackCreate() {
    MinStack* obj = (MinStack*)malloc(sizeof(MinStack));
    obj->cap = 8;
    obj->vals = (int*)malloc(obj->cap * sizeof(int));
    obj->mins = (int*)malloc(obj->cap * sizeof(int));
    obj->nvals = obj->nmins = 0;
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->nvals == obj->cap) {
        obj->cap *= 2;
        obj->vals = (int*)realloc(obj->vals, obj->cap * sizeof(int));
        obj->mins = (int*)realloc(obj->mins, obj->cap * sizeof(int));
    }
    obj->vals[obj->nvals++] = val;
    if (obj->nmins == 0 || val <= obj->mins[obj->nmins - 1]) {
        obj->mins[obj->nmins++] = val;
    }
}

void minStackPop(MinStack* obj) {
    int val = obj->vals[--obj->nvals];
    if (val == obj->mins[obj->nmins - 1]) {
        obj->nmins--;
    }
}

int minStackTop(MinStack* obj) {
    return obj->vals[obj->nvals - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->mins[obj->nmins - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->vals);
    free(obj->mins);
    free(obj);
}
