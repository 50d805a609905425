// Too slow: keeps every element on one stack; pop and peek pour it all onto
// a second stack to reach the bottom, then pour it back: O(n) per pop and
// peek. Correct, but it fails the amortised O(1) complexity check.
typedef struct {
    int main[100], aux[100];
    int top;
} MyQueue;

MyQueue* myQueueCreate() {
    return calloc(1, sizeof(MyQueue));
}

void myQueuePush(MyQueue* obj, int x) {
    obj->main[obj->top++] = x;
}

static int bottom(MyQueue* obj, int remove) {
    int n = 0;
    while (obj->top > 0) obj->aux[n++] = obj->main[--obj->top];
    int x = obj->aux[n - 1];
    if (remove) n--;
    while (n > 0) obj->main[obj->top++] = obj->aux[--n];
    return x;
}

int myQueuePop(MyQueue* obj) {
    return bottom(obj, 1);
}

int myQueuePeek(MyQueue* obj) {
    return bottom(obj, 0);
}

bool myQueueEmpty(MyQueue* obj) {
    return obj->top == 0;
}

void myQueueFree(MyQueue* obj) {
    free(obj);
}
