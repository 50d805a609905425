// Runtime error: the hash table gets capacity / 2 buckets, which is 0 for
// capacity 1, so the bucket computation `key % nbuckets` divides by zero and
// WebAssembly traps ("integer divide by zero") on tests/02-capacity-one.txt.

typedef struct Entry {
    int key, val;
    struct Entry *prev, *next, *chain;
} Entry;

typedef struct {
    int capacity, size, nbuckets;
    Entry **buckets;
    Entry head;   /* circular recency list; head.next = most recent */
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache *c = malloc(sizeof(LRUCache));
    c->capacity = capacity;
    c->size = 0;
    c->nbuckets = capacity / 2;   /* BUG: 0 when capacity == 1 */
    c->buckets = calloc(c->nbuckets + 1, sizeof(Entry *));
    c->head.prev = c->head.next = &c->head;
    return c;
}

static Entry **slot(LRUCache *c, int key) {
    Entry **pp = &c->buckets[key % c->nbuckets];
    while (*pp && (*pp)->key != key) pp = &(*pp)->chain;
    return pp;
}

static void unlink_(Entry *e) { e->prev->next = e->next; e->next->prev = e->prev; }

static void front(LRUCache *c, Entry *e) {
    e->prev = &c->head; e->next = c->head.next;
    c->head.next->prev = e; c->head.next = e;
}

int lRUCacheGet(LRUCache* obj, int key) {
    Entry *e = *slot(obj, key);
    if (!e) return -1;
    unlink_(e); front(obj, e);
    return e->val;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    Entry **pp = slot(obj, key);
    if (*pp) {
        (*pp)->val = value;
        unlink_(*pp); front(obj, *pp);
        return;
    }
    if (obj->size == obj->capacity) {
        Entry *old = obj->head.prev;
        unlink_(old);
        Entry **op = slot(obj, old->key);
        *op = old->chain;
        free(old);
        obj->size--;
        pp = slot(obj, key);
    }
    Entry *e = malloc(sizeof(Entry));
    e->key = key; e->val = value; e->chain = NULL;
    *pp = e;
    front(obj, e);
    obj->size++;
}

void lRUCacheFree(LRUCache* obj) {
    Entry *e = obj->head.next;
    while (e != &obj->head) { Entry *n = e->next; free(e); e = n; }
    free(obj->buckets);
    free(obj);
}
