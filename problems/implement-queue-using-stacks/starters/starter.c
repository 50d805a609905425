typedef struct {
    
} MyQueue;


MyQueue* myQueueCreate() {
    return NULL;
}

void myQueuePush(MyQueue* obj, int x) {
    
}

int myQueuePop(MyQueue* obj) {
    return 0;
}

int myQueuePeek(MyQueue* obj) {
    return 0;
}

bool myQueueEmpty(MyQueue* obj) {
    return true;
}

void myQueueFree(MyQueue* obj) {
    
}

/**
 * Your MyQueue struct will be instantiated and called as such:
 * MyQueue* obj = myQueueCreate();
 * myQueuePush(obj, x);
 
 * int param_2 = myQueuePop(obj);
 
 * int param_3 = myQueuePeek(obj);
 
 * bool param_4 = myQueueEmpty(obj);
 
 * myQueueFree(obj);
*/
