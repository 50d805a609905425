typedef struct {
    
} MinHeap;


MinHeap* minHeapCreate() {
    return NULL;
}

void minHeapPush(MinHeap* obj, int val) {
    
}

int minHeapPop(MinHeap* obj) {
    return 0;
}

int minHeapPeek(MinHeap* obj) {
    return 0;
}

int minHeapSize(MinHeap* obj) {
    return 0;
}

void minHeapFree(MinHeap* obj) {
    
}
