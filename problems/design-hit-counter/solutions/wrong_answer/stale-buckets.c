// Wrong answer: 300 buckets by timestamp % 300 that are never reset, so a
// bucket reused 300 seconds later keeps its old hits, and getHits sums all
// buckets without checking their age.
typedef struct {
    int hits[300];
} HitCounter;

HitCounter* hitCounterCreate() {
    return calloc(1, sizeof(HitCounter));
}

void hitCounterHit(HitCounter* obj, int timestamp) {
    obj->hits[timestamp % 300]++;
}

int hitCounterGetHits(HitCounter* obj, int timestamp) {
    int total = 0;
    for (int i = 0; i < 300; i++) total += obj->hits[i];
    return total;
}

void hitCounterFree(HitCounter* obj) {
    free(obj);
}
