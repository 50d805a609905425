// Generator for min-stack's `large-strictly-decreasing` test: two rounds of
// 3000 strictly decreasing pushes (within a round every push is a new
// minimum, checked with getMin) followed by pops back down to ten elements
// (every pop removes the minimum, which must be restored). Declared call
// sequences cannot express this. 29941 calls in all, within LeetCode's
// 3*10^4. Reads the seed from stdin and prints the Input part of a class test
// (method names, then argument lists). All randomness comes from the seed, so
// the output is the same on every run.
#include <stdio.h>
#include <stdint.h>

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

#define ROUNDS 2
#define PUSHES 3000

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;

    // Names first, then arguments: replay the same choices twice.
    for (int pass = 0; pass < 2; pass++) {
        uint64_t saved = state;
        printf(pass == 0 ? "[\"MinStack\"" : "[[]");
        for (int round = 0; round < ROUNDS; round++) {
            // Strictly decreasing values from near 2^31-1 down toward -2^31.
            long long value = 2147483647LL - (long long)(next() % 1000);
            for (int i = 0; i < PUSHES; i++) {
                value -= 1 + (long long)(next() % 100000);
                if (value < -2147483648LL) value = -2147483648LL + (PUSHES - i);
                printf(pass == 0 ? ",\"push\",\"getMin\"" : ",[%lld],[]", value);
            }
            // Pop most of the stack, checking the restored minimum each time.
            for (int i = 0; i < PUSHES - 10; i++) {
                printf(pass == 0 ? ",\"pop\",\"getMin\",\"top\"" : ",[],[],[]");
            }
        }
        printf("]\n");
        state = saved;
    }
    return 0;
}
