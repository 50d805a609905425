// Reference: binary search on the speed k in [1, max pile]; a speed works if
// the hours, ceil(p / k) summed over the piles, are at most h. The sum is
// 64-bit: it reaches 10^13 at k = 1. O(n log M).
static long long hoursAt(int* piles, int n, int k) {
    long long hours = 0;
    for (int i = 0; i < n; i++) hours += (piles[i] + (long long)k - 1) / k;
    return hours;
}

int minEatingSpeed(int* piles, int pilesSize, int h) {
    int lo = 1, hi = 1;
    for (int i = 0; i < pilesSize; i++)
        if (piles[i] > hi) hi = piles[i];
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (hoursAt(piles, pilesSize, mid) <= h) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
