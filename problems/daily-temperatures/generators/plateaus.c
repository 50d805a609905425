// Generator for daily-temperatures' `large-falling-plateaus` test: arrays of
// LeetCode's maximum length 10^5 in which the next warmer day is far away
// (declared generators draw days independently, so it is always near):
// plateaus falling from 100 to 30 then one hot day at the end; the same
// without the hot day (all answers 0); and slow sawtooth waves. Reads the
// seed from stdin and prints one `Input: temperatures = [...]` line per call.
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

static int t[N];

static void emit(void) {
    printf("Input: temperatures = [");
    for (int i = 0; i < N; i++) printf(i ? ",%d" : "%d", t[i]);
    printf("]\n");
}

// Plateaus of equal temperatures falling from 100 to 30, lengths jittered.
static void falling(void) {
    int i = 0;
    for (int v = 100; v >= 30 && i < N; v--) {
        int len = N / 71 + (int)(next() % 5);
        for (int k = 0; k < len && i < N; k++) t[i++] = v;
    }
    while (i < N) t[i++] = 30;
}

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;

    falling();
    t[N - 1] = 100;      // one hot day at the end: almost every answer is far
    emit();
    falling();           // no warmer day ever: all answers are 0
    emit();
    // Sawtooth: slow climbs from 30 to 100 and sudden drops, plus noise.
    for (int i = 0; i < N; i++) {
        int v = 30 + (i / 37) % 71;
        if (next() % 10 == 0) v -= next() % 3;
        t[i] = v < 30 ? 30 : v;
    }
    emit();
    return 0;
}
