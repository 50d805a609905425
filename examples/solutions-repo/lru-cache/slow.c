// Time limit exceeded: correct, but keeps the entries in an array ordered by
// recency and finds a key by linear search, then shifts the array to move it
// to the end: O(capacity) per call. With capacity 10^4 and 2*10^5 calls that
// is about 10^9 steps (tests large-capacity-10000 / large-capacity-100000).

typedef struct {
    int key, val;
} Item;

typedef struct {
    int capacity, size;
    Item *items;   /* items[0] = least recently used, items[size-1] = most */
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache *obj = malloc(sizeof(LRUCache));
    obj->capacity = capacity;
    obj->size = 0;
    obj->items = malloc(sizeof(Item) * (capacity + 1));
    return obj;
}

static int indexOf(LRUCache *obj, int key) {
    for (int i = 0; i < obj->size; i++)
        if (obj->items[i].key == key) return i;
    return -1;
}

static void moveToEnd(LRUCache *obj, int i) {
    Item it = obj->items[i];
    for (int j = i; j + 1 < obj->size; j++) obj->items[j] = obj->items[j + 1];
    obj->items[obj->size - 1] = it;
}

int lRUCacheGet(LRUCache* obj, int key) {
    int i = indexOf(obj, key);
    if (i < 0) return -1;
    moveToEnd(obj, i);
    return obj->items[obj->size - 1].val;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    int i = indexOf(obj, key);
    if (i >= 0) {
        obj->items[i].val = value;
        moveToEnd(obj, i);
        return;
    }
    if (obj->size == obj->capacity) {
        moveToEnd(obj, 0);   /* drop the least recent by overwriting it */
        obj->size--;
    }
    obj->items[obj->size].key = key;
    obj->items[obj->size].val = value;
    obj->size++;
}

void lRUCacheFree(LRUCache* obj) {
    free(obj->items);
    free(obj);
}
