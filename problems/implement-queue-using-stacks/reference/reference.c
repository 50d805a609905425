// Reference: two stacks. push goes on `in`; pop and peek read `out`, which is
// refilled from `in` (reversing it, so the oldest element is on top) only
// when it is empty. Each element moves once: amortised O(1) per call.
typedef struct {
    int* in;
    int* out;
    int inSize, outSize, cap;
} MyQueue;

MyQueue* myQueueCreate() {
    MyQueue* q = calloc(1, sizeof(MyQueue));
    q->cap = 128; // LeetCode makes at most 100 calls: no realloc in a test
    q->in = malloc(q->cap * sizeof(int));
    q->out = malloc(q->cap * sizeof(int));
    return q;
}

void myQueuePush(MyQueue* obj, int x) {
    if (obj->inSize == obj->cap) {
        obj->cap *= 2;
        obj->in = realloc(obj->in, obj->cap * sizeof(int));
        obj->out = realloc(obj->out, obj->cap * sizeof(int));
    }
    obj->in[obj->inSize++] = x;
}

static void refill(MyQueue* obj) {
    if (obj->outSize == 0)
        while (obj->inSize > 0) obj->out[obj->outSize++] = obj->in[--obj->inSize];
}

int myQueuePop(MyQueue* obj) {
    refill(obj);
    return obj->out[--obj->outSize];
}

int myQueuePeek(MyQueue* obj) {
    refill(obj);
    return obj->out[obj->outSize - 1];
}

bool myQueueEmpty(MyQueue* obj) {
    return obj->inSize == 0 && obj->outSize == 0;
}

void myQueueFree(MyQueue* obj) {
    free(obj->in);
    free(obj->out);
    free(obj);
}
