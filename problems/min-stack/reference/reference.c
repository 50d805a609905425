// Reference: a growable array of (value, running minimum) pairs; capacity
// doubles when full. Every entry stores the minimum of the stack up to and
// including itself, so each operation is O(1) (amortized for push).
typedef struct {
    int val;
    int min;
} MinStackEntry;

typedef struct {
    MinStackEntry *data;
    int size;
    int cap;
} MinStack;

MinStack* minStackCreate() {
    MinStack *obj = malloc(sizeof(MinStack));
    obj->cap = 16;
    obj->size = 0;
    obj->data = malloc(sizeof(MinStackEntry) * obj->cap);
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->data = realloc(obj->data, sizeof(MinStackEntry) * obj->cap);
    }
    int min = val;
    if (obj->size > 0 && obj->data[obj->size - 1].min < min) {
        min = obj->data[obj->size - 1].min;
    }
    obj->data[obj->size].val = val;
    obj->data[obj->size].min = min;
    obj->size++;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->data[obj->size - 1].val;
}

int minStackGetMin(MinStack* obj) {
    return obj->data[obj->size - 1].min;
}

void minStackFree(MinStack* obj) {
    free(obj->data);
    free(obj);
}
