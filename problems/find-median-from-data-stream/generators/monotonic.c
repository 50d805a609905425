// Generator for find-median-from-data-stream's `large-monotonic` test: three
// streams in order, which declared generators cannot draw: falling from 10^5
// (each number goes to the front of a sorted array), rising to -10^5 .. 10^5,
// and a zigzag between the range's ends; a median after every second number.
// 5 * 10^4 calls in all. Prints LeetCode's class input; reads the seed.
#include <stdio.h>
#include <stdint.h>

#define CALLS 50000

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

static int args[CALLS];  // the number of an addNum, or a marker for findMedian
static int is_add[CALLS];

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    int n = 0, added = 0;
    // One third falling, one third rising, one third zigzag.
    for (int phase = 0; phase < 3; phase++) {
        int steps = (CALLS - 1) / 3;
        for (int s = 0; s < steps && n < CALLS - 1; s++) {
            if (s % 3 == 2 && added > 0) {
                is_add[n] = 0;
                n++;
                continue;
            }
            int v;
            int jitter = (int)(next() % 3);
            if (phase == 0) v = 100000 - s * 6 - jitter;
            else if (phase == 1) v = -100000 + s * 6 + jitter;
            else v = (s % 2 ? 100000 : -100000) - (s % 2 ? jitter : -jitter);
            if (v > 100000) v = 100000;
            if (v < -100000) v = -100000;
            is_add[n] = 1;
            args[n] = v;
            n++;
            added++;
        }
    }
    printf("[\"MedianFinder\"");
    for (int i = 0; i < n; i++) printf(is_add[i] ? ",\"addNum\"" : ",\"findMedian\"");
    printf("]\n[[]");
    for (int i = 0; i < n; i++) {
        if (is_add[i]) printf(",[%d]", args[i]);
        else printf(",[]");
    }
    printf("]\n");
    return 0;
}
