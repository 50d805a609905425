// Generator for sliding-window-maximum's `large-falling` test: declared
// generators sort ascending only. Prints two calls of LeetCode's largest
// length 10^5, falling from 10^4 to -10^4 in steps of 0 to 2 (plateaus
// included), with windows of 5*10^4 and 3. In a falling array the maximum
// leaves with every slide, so rescanning the window whenever its maximum
// leaves costs O(nk). Reads the seed from stdin.
#include <stdio.h>
#include <stdint.h>

#define N 100000

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    const int windows[2] = {50000, 3};
    for (int call = 0; call < 2; call++) {
        int v = 10000;
        printf("Input: nums = [");
        for (int i = 0; i < N; i++) {
            printf(i ? ",%d" : "%d", v);
            v -= (int)(next() % 3) * (v > -9998);
            if (v < -10000) v = -10000;
        }
        printf("], k = %d\n", windows[call]);
    }
    return 0;
}
