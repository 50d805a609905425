// Reference: a chained hash table (own implementation) whose entries are also
// nodes of a circular doubly linked list in recency order (sentinel.next is
// the most recent). O(1) average per call. No #include: the judge provides
// LeetCode's usual headers.

typedef struct LruEntry {
    int key;
    int val;
    struct LruEntry *prev, *next;   /* recency list */
    struct LruEntry *chain;         /* hash bucket chain */
} LruEntry;

typedef struct {
    int capacity;
    int size;
    unsigned mask;
    LruEntry **buckets;
    LruEntry sentinel;
} LRUCache;

static unsigned lruHash(LRUCache *c, int key) {
    unsigned h = (unsigned)key * 2654435761u;
    return (h ^ (h >> 15)) & c->mask;
}

static void lruUnlink(LruEntry *e) {
    e->prev->next = e->next;
    e->next->prev = e->prev;
}

static void lruPushFront(LRUCache *c, LruEntry *e) {
    e->prev = &c->sentinel;
    e->next = c->sentinel.next;
    c->sentinel.next->prev = e;
    c->sentinel.next = e;
}

static LruEntry *lruFind(LRUCache *c, int key) {
    for (LruEntry *e = c->buckets[lruHash(c, key)]; e; e = e->chain)
        if (e->key == key) return e;
    return NULL;
}

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache *c = malloc(sizeof(LRUCache));
    unsigned n = 16;
    while (n < (unsigned)capacity * 2u && n < (1u << 20)) n <<= 1;
    c->capacity = capacity;
    c->size = 0;
    c->mask = n - 1;
    c->buckets = calloc(n, sizeof(LruEntry *));
    c->sentinel.prev = c->sentinel.next = &c->sentinel;
    return c;
}

int lRUCacheGet(LRUCache* obj, int key) {
    LruEntry *e = lruFind(obj, key);
    if (!e) return -1;
    lruUnlink(e);
    lruPushFront(obj, e);
    return e->val;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    LruEntry *e = lruFind(obj, key);
    if (e) {
        e->val = value;
        lruUnlink(e);
        lruPushFront(obj, e);
        return;
    }
    if (obj->size == obj->capacity) {
        /* Evict the least recently used entry and reuse its memory. */
        e = obj->sentinel.prev;
        lruUnlink(e);
        LruEntry **pp = &obj->buckets[lruHash(obj, e->key)];
        while (*pp != e) pp = &(*pp)->chain;
        *pp = e->chain;
        obj->size--;
    } else {
        e = malloc(sizeof(LruEntry));
    }
    e->key = key;
    e->val = value;
    unsigned b = lruHash(obj, key);
    e->chain = obj->buckets[b];
    obj->buckets[b] = e;
    lruPushFront(obj, e);
    obj->size++;
}

void lRUCacheFree(LRUCache* obj) {
    LruEntry *e = obj->sentinel.next;
    while (e != &obj->sentinel) {
        LruEntry *next = e->next;
        free(e);
        e = next;
    }
    free(obj->buckets);
    free(obj);
}

/**
 * Your LRUCache struct will be instantiated and called as such:
 * LRUCache* obj = lRUCacheCreate(capacity);
 * int param_1 = lRUCacheGet(obj, key);
 
 * lRUCachePut(obj, key, value);
 
 * lRUCacheFree(obj);
*/
