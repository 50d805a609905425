// Too slow an algorithm: correct, but getMin scans the whole array, O(n) per
// call. At LeetCode's sizes it fits the time limit (about 0.9G fuel on
// large-growing); the complexity check measures getMin growing as O(n).
typedef struct {
    int *data;
    int size, cap;
} MinStack;

MinStack* minStackCreate() {
    MinStack* obj = malloc(sizeof(MinStack));
    obj->cap = 16;
    obj->size = 0;
    obj->data = malloc(obj->cap * sizeof(int));
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->data = realloc(obj->data, obj->cap * sizeof(int));
    }
    obj->data[obj->size++] = val;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->data[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    int m = INT_MAX;
    for (int i = 0; i < obj->size; i++) {
        if (obj->data[i] < m) m = obj->data[i];
    }
    return m;
}

void minStackFree(MinStack* obj) {
    free(obj->data);
    free(obj);
}
