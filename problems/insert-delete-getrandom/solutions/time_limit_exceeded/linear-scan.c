// Time limit exceeded: a plain array with no hash table. insert and remove
// search it linearly, and remove shifts the tail left: O(n) per call, so the
// large tests (10^5 elements) need tens of billions of steps.
typedef struct {
    int *nums;
    int size, cap;
} RandomizedSet;

RandomizedSet* randomizedSetCreate() {
    return calloc(1, sizeof(RandomizedSet));
}

static int find(RandomizedSet *o, int v) {
    for (int i = 0; i < o->size; i++) if (o->nums[i] == v) return i;
    return -1;
}

bool randomizedSetInsert(RandomizedSet* obj, int val) {
    if (find(obj, val) >= 0) return false;
    if (obj->size == obj->cap) {
        obj->cap = obj->cap ? 2 * obj->cap : 16;
        obj->nums = realloc(obj->nums, obj->cap * sizeof(int));
    }
    obj->nums[obj->size++] = val;
    return true;
}

bool randomizedSetRemove(RandomizedSet* obj, int val) {
    int i = find(obj, val);
    if (i < 0) return false;
    for (; i + 1 < obj->size; i++) obj->nums[i] = obj->nums[i + 1];
    obj->size--;
    return true;
}

int randomizedSetGetRandom(RandomizedSet* obj) {
    return obj->nums[rand() % obj->size];
}

void randomizedSetFree(RandomizedSet* obj) {
    free(obj->nums);
    free(obj);
}
