// Accepted: the common LeetCode C trick. Keys are at most 10^4, so the "hash
// table" is a plain array indexed by key; nodes form a doubly linked list in
// recency order (head = most recent). No #include lines: headers are implicit.

#define MAX_KEY 10001

typedef struct Node {
    int key, val;
    struct Node *prev, *next;
} Node;

typedef struct {
    int capacity, size;
    Node *head, *tail;
    Node *byKey[MAX_KEY];
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache *obj = (LRUCache *)calloc(1, sizeof(LRUCache));
    obj->capacity = capacity;
    return obj;
}

static void detach(LRUCache *obj, Node *n) {
    if (n->prev) n->prev->next = n->next; else obj->head = n->next;
    if (n->next) n->next->prev = n->prev; else obj->tail = n->prev;
    n->prev = n->next = NULL;
}

static void attachFront(LRUCache *obj, Node *n) {
    n->prev = NULL;
    n->next = obj->head;
    if (obj->head) obj->head->prev = n;
    obj->head = n;
    if (!obj->tail) obj->tail = n;
}

int lRUCacheGet(LRUCache* obj, int key) {
    Node *n = obj->byKey[key];
    if (!n) return -1;
    detach(obj, n);
    attachFront(obj, n);
    return n->val;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    Node *n = obj->byKey[key];
    if (n) {
        n->val = value;
        detach(obj, n);
        attachFront(obj, n);
        return;
    }
    if (obj->size == obj->capacity) {
        Node *old = obj->tail;
        detach(obj, old);
        obj->byKey[old->key] = NULL;
        free(old);
        obj->size--;
    }
    n = (Node *)malloc(sizeof(Node));
    n->key = key;
    n->val = value;
    attachFront(obj, n);
    obj->byKey[key] = n;
    obj->size++;
}

void lRUCacheFree(LRUCache* obj) {
    Node *n = obj->head;
    while (n) {
        Node *next = n->next;
        free(n);
        n = next;
    }
    free(obj);
}
