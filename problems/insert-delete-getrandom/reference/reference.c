// Reference: an array of the values plus an open-addressing hash table
// (linear probing, backward-shift deletion) from value to array slot.
// Remove moves the last value into the freed slot: O(1) expected per call.
// getRandom uses rand() % size; the driver seeds rand() per test.
typedef struct {
    int *nums;      // the values, in slots 0..size-1
    int size, cap;
    int *keys;      // hash table: keys[i] -> slots[i] where used[i]
    int *slots;
    bool *used;
    unsigned tcap;  // power of two, kept >= 2 * size
} RandomizedSet;

static unsigned rsHash(int v) {
    uint32_t x = (uint32_t)v;
    x ^= x >> 16; x *= 0x7feb352dU;
    x ^= x >> 15; x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// The table slot holding v, or the empty slot where it would go.
static unsigned rsFind(RandomizedSet *o, int v) {
    unsigned m = o->tcap - 1, i = rsHash(v) & m;
    while (o->used[i] && o->keys[i] != v) i = (i + 1) & m;
    return i;
}

static void rsRehash(RandomizedSet *o, unsigned tcap) {
    int *keys = o->keys, *slots = o->slots;
    bool *used = o->used;
    unsigned old = o->tcap;
    o->tcap = tcap;
    o->keys = malloc(tcap * sizeof(int));
    o->slots = malloc(tcap * sizeof(int));
    o->used = calloc(tcap, sizeof(bool));
    for (unsigned i = 0; i < old; i++) {
        if (!used[i]) continue;
        unsigned j = rsFind(o, keys[i]);
        o->used[j] = true; o->keys[j] = keys[i]; o->slots[j] = slots[i];
    }
    free(keys); free(slots); free(used);
}

RandomizedSet* randomizedSetCreate() {
    RandomizedSet *o = calloc(1, sizeof(RandomizedSet));
    rsRehash(o, 16);
    return o;
}

bool randomizedSetInsert(RandomizedSet* obj, int val) {
    if (2u * (unsigned)(obj->size + 1) > obj->tcap) rsRehash(obj, obj->tcap * 2);
    unsigned i = rsFind(obj, val);
    if (obj->used[i]) return false;
    if (obj->size == obj->cap) {
        obj->cap = obj->cap ? obj->cap * 2 : 16;
        obj->nums = realloc(obj->nums, obj->cap * sizeof(int));
    }
    obj->used[i] = true; obj->keys[i] = val; obj->slots[i] = obj->size;
    obj->nums[obj->size++] = val;
    return true;
}

bool randomizedSetRemove(RandomizedSet* obj, int val) {
    unsigned m = obj->tcap - 1, i = rsFind(obj, val);
    if (!obj->used[i]) return false;
    int slot = obj->slots[i], last = obj->nums[--obj->size];
    obj->nums[slot] = last;
    obj->slots[rsFind(obj, last)] = slot;
    // Backward-shift deletion keeps every probe chain unbroken.
    for (unsigned j = i;;) {
        j = (j + 1) & m;
        if (!obj->used[j]) break;
        unsigned home = rsHash(obj->keys[j]) & m;
        // Move j into the hole at i unless its home lies cyclically in (i, j].
        bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (stays) continue;
        obj->keys[i] = obj->keys[j]; obj->slots[i] = obj->slots[j];
        i = j;
    }
    obj->used[i] = false;
    return true;
}

int randomizedSetGetRandom(RandomizedSet* obj) {
    return obj->nums[rand() % obj->size];
}

void randomizedSetFree(RandomizedSet* obj) {
    free(obj->nums); free(obj->keys); free(obj->slots); free(obj->used);
    free(obj);
}
