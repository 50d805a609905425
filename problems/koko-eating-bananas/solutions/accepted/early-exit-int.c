// Accepted: 32-bit hours, but the count stops as soon as it exceeds h, so it
// never overflows. Searches [ceil(total / h), max pile].
static bool finishes(int* piles, int n, int k, int h) {
    int hours = 0;
    for (int i = 0; i < n; i++) {
        hours += piles[i] / k + (piles[i] % k != 0);
        if (hours > h) return false;
    }
    return true;
}

int minEatingSpeed(int* piles, int pilesSize, int h) {
    long long total = 0;
    int hi = 1;
    for (int i = 0; i < pilesSize; i++) {
        total += piles[i];
        if (piles[i] > hi) hi = piles[i];
    }
    int lo = (int)((total + h - 1) / h);
    if (lo < 1) lo = 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (finishes(piles, pilesSize, mid, h)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
