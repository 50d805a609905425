typedef struct {
    
} LRUCache;


LRUCache* lRUCacheCreate(int capacity) {
    return NULL;
}

int lRUCacheGet(LRUCache* obj, int key) {
    return 0;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    
}

void lRUCacheFree(LRUCache* obj) {
    
}

/**
 * Your LRUCache struct will be instantiated and called as such:
 * LRUCache* obj = lRUCacheCreate(capacity);
 * int param_1 = lRUCacheGet(obj, key);
 
 * lRUCachePut(obj, key, value);
 
 * lRUCacheFree(obj);
*/
