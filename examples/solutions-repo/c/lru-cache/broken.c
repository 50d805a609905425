// Compile error (unexpected, on purpose): a missing operand on line 12. The
// fixture keeps it so `judge check` shows how a compile error is reported
// and annotated at the compiler's line.
typedef struct {
    int capacity;
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache *obj = malloc(sizeof(LRUCache));
    obj->capacity = capacity;
    return obj;
    int unused = 1 +;
}

int lRUCacheGet(LRUCache* obj, int key) {
    return -1;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
}

void lRUCacheFree(LRUCache* obj) {
    free(obj);
}
