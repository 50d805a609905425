// Accepted: array of values + a separately chained hash table (entries live
// in a pool indexed by array slot, so moving the last value into a freed slot
// moves its entry too). getRandom: rand() % size, seeded by the driver.
typedef struct {
    int *vals;     // vals[i]: the value in slot i
    int *next;     // next[i]: next slot in the same bucket chain, -1 ends
    int *bucket;   // bucket[b]: first slot in bucket b, -1 if empty
    int size, cap, nb;
} RandomizedSet;

static int bucketOf(RandomizedSet *o, int v) {
    return (int)(((uint32_t)v * 2654435761u) >> 7) & (o->nb - 1);
}

static void relink(RandomizedSet *o) {
    for (int b = 0; b < o->nb; b++) o->bucket[b] = -1;
    for (int i = 0; i < o->size; i++) {
        int b = bucketOf(o, o->vals[i]);
        o->next[i] = o->bucket[b];
        o->bucket[b] = i;
    }
}

static int *link(RandomizedSet *o, int v) {  // the link pointing at v's slot (or at -1)
    int *p = &o->bucket[bucketOf(o, v)];
    while (*p != -1 && o->vals[*p] != v) p = &o->next[*p];
    return p;
}

RandomizedSet* randomizedSetCreate() {
    RandomizedSet *o = calloc(1, sizeof *o);
    o->cap = o->nb = 1024;
    o->vals = malloc(o->cap * sizeof(int));
    o->next = malloc(o->cap * sizeof(int));
    o->bucket = malloc(o->nb * sizeof(int));
    relink(o);
    return o;
}

bool randomizedSetInsert(RandomizedSet* obj, int val) {
    if (*link(obj, val) != -1) return false;
    if (obj->size == obj->cap) {
        obj->cap *= 2; obj->nb *= 2;
        obj->vals = realloc(obj->vals, obj->cap * sizeof(int));
        obj->next = realloc(obj->next, obj->cap * sizeof(int));
        obj->bucket = realloc(obj->bucket, obj->nb * sizeof(int));
        relink(obj);
    }
    int i = obj->size++, b = bucketOf(obj, val);
    obj->vals[i] = val;
    obj->next[i] = obj->bucket[b];
    obj->bucket[b] = i;
    return true;
}

bool randomizedSetRemove(RandomizedSet* obj, int val) {
    int *p = link(obj, val);
    int i = *p;
    if (i == -1) return false;
    *p = obj->next[i];                 // unlink slot i
    int last = --obj->size;
    if (i != last) {                   // move the last slot into slot i
        int *q = link(obj, obj->vals[last]);
        *q = i;
        obj->vals[i] = obj->vals[last];
        obj->next[i] = obj->next[last];
    }
    return true;
}

int randomizedSetGetRandom(RandomizedSet* obj) {
    return obj->vals[rand() % obj->size];
}

void randomizedSetFree(RandomizedSet* obj) {
    free(obj->vals); free(obj->next); free(obj->bucket); free(obj);
}
