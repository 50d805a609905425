// Accepted: two stacks in fixed arrays of 100 elements, LeetCode's limit on
// calls (so on pushes).
typedef struct {
    int in[100], out[100];
    int inTop, outTop;
} MyQueue;

MyQueue* myQueueCreate() {
    return calloc(1, sizeof(MyQueue));
}

void myQueuePush(MyQueue* obj, int x) {
    obj->in[obj->inTop++] = x;
}

int myQueuePeek(MyQueue* obj) {
    if (obj->outTop == 0)
        while (obj->inTop) obj->out[obj->outTop++] = obj->in[--obj->inTop];
    return obj->out[obj->outTop - 1];
}

int myQueuePop(MyQueue* obj) {
    int x = myQueuePeek(obj);
    obj->outTop--;
    return x;
}

bool myQueueEmpty(MyQueue* obj) {
    return obj->inTop == 0 && obj->outTop == 0;
}

void myQueueFree(MyQueue* obj) {
    free(obj);
}
