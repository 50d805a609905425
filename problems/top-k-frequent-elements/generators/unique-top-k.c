// Generator for top-k-frequent-elements' generated tests: arrays whose k
// most frequent values are unique (every value outside the top k is less
// frequent than every value in it), which declared generators cannot
// promise. Seed 1 prints the large cases (up to 10^5 values, every value of
// -10^4..10^4, k = 1 and k = all distinct values); any other seed prints many
// short arrays. Reads the seed from stdin.
#include <stdio.h>
#include <stdint.h>

#define RANGE 20001
#define MAX_N 100000

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

// A uniform value in [lo, hi].
static int between(int lo, int hi) {
    return lo + (int)(((uint64_t)next() * (uint64_t)(hi - lo + 1)) >> 32);
}

static int values[RANGE];
static int nums[MAX_N];

// d distinct values: the first k occur low+1..high times, the others
// 1..low times (k == d: all 1..high). The array is shuffled.
static void emit(int d, int k, int low, int high) {
    for (int v = 0; v < RANGE; v++) values[v] = v - 10000;
    for (int i = 0; i < d; i++) {
        int j = between(i, RANGE - 1);
        int t = values[i];
        values[i] = values[j];
        values[j] = t;
    }
    int n = 0;
    for (int i = 0; i < d; i++) {
        int count = i < k ? between(low + 1, high) : between(1, low);
        if (k == d) count = between(1, high);
        for (int c = 0; c < count; c++) nums[n++] = values[i];
    }
    for (int i = n - 1; i > 0; i--) {
        int j = between(0, i);
        int t = nums[i];
        nums[i] = nums[j];
        nums[j] = t;
    }
    printf("Input: nums = [");
    for (int i = 0; i < n; i++) printf(i ? ",%d" : "%d", nums[i]);
    printf("], k = %d\n", k);
}

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    if (seed == 1) {
        emit(RANGE, 1000, 3, 8);      // every value, about 44,000 in all
        emit(RANGE, RANGE, 1, 4);     // k = every distinct value
        emit(RANGE, 1, 2, 50000);     // one value far ahead (sizes add to 10^5 at most)
        emit(2000, 1999, 5, 40);      // all but one value
        emit(1, 1, 0, 100000);        // one value 10^5 times at most
    } else {
        for (int i = 0; i < 1500; i++) {
            int d = between(1, 8);
            int k = between(1, d);
            emit(d, k, between(1, 3), 6);
        }
    }
    return 0;
}
