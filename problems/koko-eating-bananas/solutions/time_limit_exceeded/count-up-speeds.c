// Too slow: tries speeds 1, 2, 3, ... until one finishes in time: O(n * k)
// for answer k, up to 10^4 * 10^9 steps when h is close to the number of
// piles.
int minEatingSpeed(int* piles, int pilesSize, int h) {
    for (int k = 1;; k++) {
        long long hours = 0;
        for (int i = 0; i < pilesSize; i++) hours += (piles[i] + (long long)k - 1) / k;
        if (hours <= h) return k;
    }
}
