typedef struct {
    int unused;
} HitCounter;

HitCounter* hitCounterCreate() {
    return calloc(1, sizeof(HitCounter));
}

void hitCounterHit(HitCounter* obj, int timestamp) {
}

int hitCounterGetHits(HitCounter* obj, int timestamp) {
    return 0;
}

void hitCounterFree(HitCounter* obj) {
    free(obj);
}
