// Generator for two-sum's generated tests: arrays with exactly one pair of
// indices summing to the target, which declared generators cannot promise.
// Every other value is a multiple of 4, the target is 2 mod 4 and the two
// planted values are 1 mod 4: no other pair, and no value with itself, can
// reach the target. Seeds 1 to 4 print large arrays (10^4 values up to the
// bounds; seed 1 the pair at the start, at the end and at both ends, seed 2 in
// the middle, seeds 3 and 4 at a random place): one array per test that makes
// the O(n^2) double loop scan far, which LeetCode accepts for one array, so
// it must stay within a test's time here too; any other seed prints many
// short arrays of small values. Reads the seed from stdin.
#include <stdio.h>
#include <stdint.h>

#define MAX_N 10000

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

// A uniform value in [lo, hi] (hi - lo < 2^32).
static long long between(long long lo, long long hi) {
    uint64_t span = (uint64_t)(hi - lo) + 1;
    return lo + (long long)(((uint64_t)next() * span) >> 32);
}

static long long nums[MAX_N];

// Fills n values with multiples of 4 in [-bound, bound], then plants two
// values 1 mod 4 at positions a < b summing to a target 2 mod 4.
static void emit(int n, long long bound, int a, int b) {
    for (int i = 0; i < n; i++) nums[i] = 4 * between(-bound / 4, bound / 4);
    long long x = 4 * between(-bound / 4, bound / 4 - 1) + 1;
    long long y = 4 * between(-bound / 4, bound / 4 - 1) + 1;
    long long target = x + y;
    // Keep the target within the bounds as well.
    while (target > bound || target < -bound) {
        y = 4 * between(-bound / 4, bound / 4 - 1) + 1;
        target = x + y;
    }
    nums[a] = x;
    nums[b] = y;
    printf("Input: nums = [");
    for (int i = 0; i < n; i++) printf(i ? ",%lld" : "%lld", nums[i]);
    printf("], target = %lld\n", target);
}

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    long long bound = 1000000000;
    if (seed == 1) {
        emit(MAX_N, bound, 0, 1);                    // found at once
        emit(MAX_N, bound, MAX_N - 2, MAX_N - 1);    // the last pair
        emit(MAX_N, bound, 0, MAX_N - 1);            // first and last
    } else if (seed == 2) {
        emit(MAX_N, bound, MAX_N / 2, MAX_N / 2 + 1); // the middle
    } else if (seed == 3 || seed == 4) {
        int a = (int)between(0, MAX_N - 2);
        int b = (int)between(a + 1, MAX_N - 1);
        emit(MAX_N, bound, a, b);
    } else {
        for (int k = 0; k < 2000; k++) {
            int n = (int)between(2, 12);
            int a = (int)between(0, n - 2);
            int b = (int)between(a + 1, n - 1);
            emit(n, 40, a, b);
        }
    }
    return 0;
}
