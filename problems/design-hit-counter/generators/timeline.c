// Generator for design-hit-counter's tests: timestamps must never decrease,
// which declared calls cannot promise. Prints 300 calls (LeetCode's most)
// after the constructor; the seed (mod 4) picks the shape: bursts in one
// second, steps of 299/300/301 seconds around the window's edge, timestamps
// near 2*10^9, or random steps of 0 to 400 seconds. About one call in three
// is getHits. Prints the Input part of a class test.
#include <stdio.h>
#include <stdint.h>

#define CALLS 300

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
    int shape = (int)(seed % 4);
    int is_get[CALLS];
    long long time[CALLS];
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    long long t = shape == 2 ? 2000000000LL - 30000 : 1;
    for (int i = 0; i < CALLS; i++) {
        switch (shape) {
        case 0: if (next() % 10 == 0) t += 1 + next() % 120; break;
        case 1: if (next() % 3 == 0) t += 299 + next() % 3; break;
        case 2: t += next() % 201; break;
        default: t += next() % 401; break;
        }
        if (t > 2000000000LL) t = 2000000000LL;
        time[i] = t;
        is_get[i] = next() % 3 == 0;
    }
    printf("[\"HitCounter\"");
    for (int i = 0; i < CALLS; i++) printf(is_get[i] ? ", \"getHits\"" : ", \"hit\"");
    printf("]\n[[]");
    for (int i = 0; i < CALLS; i++) printf(", [%lld]", time[i]);
    printf("]\n");
    return 0;
}
