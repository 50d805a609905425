// Reference: 300 buckets, one per second of the window, each holding the
// second it was last used and its hits; a bucket from an older second is
// reset before use. hit O(1), getHits O(300) = O(1).
typedef struct {
    int second[300];
    int hits[300];
} HitCounter;

HitCounter* hitCounterCreate() {
    return calloc(1, sizeof(HitCounter));
}

void hitCounterHit(HitCounter* obj, int timestamp) {
    int at = timestamp % 300;
    if (obj->second[at] != timestamp) {
        obj->second[at] = timestamp;
        obj->hits[at] = 0;
    }
    obj->hits[at]++;
}

int hitCounterGetHits(HitCounter* obj, int timestamp) {
    int total = 0;
    for (int i = 0; i < 300; i++)
        if (obj->hits[i] > 0 && timestamp - obj->second[i] < 300) total += obj->hits[i];
    return total;
}

void hitCounterFree(HitCounter* obj) {
    free(obj);
}
