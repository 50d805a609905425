// Generator for search-in-rotated-sorted-array's `large-rotations` test:
// declared generators can sort an array but not rotate it. Prints 300 calls
// on arrays of LeetCode's largest length 5000 (and a few shorter), each a
// sorted distinct draw from [-10^4, 10^4] rotated at the start, the end, the
// middle or anywhere, with the target present (at the pivot, its neighbours,
// the ends, anywhere) or absent (in a gap, below, above). Reads the seed
// from stdin and prints one `Input: nums = [...], target = t` line per call.
#include <stdio.h>
#include <stdint.h>

#define MAX_N 5000
#define LO (-10000)
#define HI 10000

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

static uint32_t below(uint32_t n) { return next() % n; }

static int sorted[MAX_N], nums[MAX_N];

// n distinct values of [LO, HI] in ascending order (selection sampling).
static void draw_sorted(int n) {
    int need = n, left = HI - LO + 1, at = 0;
    for (int v = LO; v <= HI && need > 0; v++, left--) {
        if ((int)below((uint32_t)left) < need) {
            sorted[at++] = v;
            need--;
        }
    }
}

static int present(int n, int v) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (sorted[mid] < v) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && sorted[lo] == v;
}

// A random value of [LO, HI] not in sorted[0..n) (n < HI - LO + 1).
static int absent(int n) {
    int v = LO + (int)below(HI - LO + 1);
    while (present(n, v)) v = v == HI ? LO : v + 1;
    return v;
}

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    for (int call = 0; call < 300; call++) {
        int n = call % 10 == 9 ? 1 + (int)below(MAX_N) : MAX_N;
        draw_sorted(n);
        int k;
        switch (call % 5) {
        case 0: k = 0; break;
        case 1: k = 1 % n; break;
        case 2: k = n - 1; break;
        case 3: k = n / 2; break;
        default: k = (int)below((uint32_t)n); break;
        }
        for (int i = 0; i < n; i++) nums[i] = sorted[(i + k) % n];
        int target;
        switch ((call / 5) % 8) {
        case 0: target = nums[0]; break;
        case 1: target = nums[n - 1]; break;
        case 2: target = sorted[0]; break;               // at the pivot
        case 3: target = sorted[n - 1]; break;           // just before it
        case 4: target = nums[below((uint32_t)n)]; break;
        case 5: target = absent(n); break;
        case 6: target = sorted[0] > LO ? sorted[0] - 1 : absent(n); break;
        default: target = sorted[n - 1] < HI ? sorted[n - 1] + 1 : absent(n); break;
        }
        printf("Input: nums = [");
        for (int i = 0; i < n; i++) printf(i ? ",%d" : "%d", nums[i]);
        printf("], target = %d\n", target);
    }
    return 0;
}
