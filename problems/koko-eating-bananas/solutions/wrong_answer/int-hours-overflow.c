// Wrong answer: sums the hours in a 32-bit int. At a slow speed the hours
// pass 2^31 - 1 (three piles of 805306368 at one per hour), the sum wraps to
// a negative number, and a speed that is far too slow looks fast enough.
int minEatingSpeed(int* piles, int pilesSize, int h) {
    int lo = 1, hi = 0, ans = 0;
    for (int i = 0; i < pilesSize; i++)
        if (piles[i] > hi) hi = piles[i];
    ans = hi;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int hours = 0;
        for (int i = 0; i < pilesSize; i++) hours += (piles[i] + mid - 1) / mid;
        if (hours <= h) {
            ans = mid;
            hi = mid - 1;
        } else {
            lo = mid + 1;
        }
    }
    return ans;
}
