// Generator for next-greater-element-i's `subsets` test: declared generators
// cannot make nums1 a subset of nums2. Prints 400 calls: nums2 of 1 to 1000
// distinct values of [0, 10^4] in random, rising, falling or sawtooth order,
// nums1 a shuffled subset of it (one value, all of them, or any size).
// Reads the seed from stdin; prints `Input: nums1 = [...], nums2 = [...]`.
#include <stdio.h>
#include <stdint.h>

#define MAX_N 1000
#define VALUES 10001

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

static uint32_t below(uint32_t n) { return next() % n; }

static int nums1[MAX_N], nums2[MAX_N], used[VALUES];

static void shuffle(int* a, int n) {
    for (int i = n - 1; i > 0; i--) {
        int j = (int)below((uint32_t)i + 1), t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static void print(const char* name, const int* a, int n) {
    printf("%s = [", name);
    for (int i = 0; i < n; i++) printf(i ? ",%d" : "%d", a[i]);
    printf("]");
}

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    for (int call = 0; call < 400; call++) {
        int n2 = call % 4 == 0 ? MAX_N : 1 + (int)below(MAX_N);
        // n2 distinct values in ascending order (selection sampling).
        int need = n2, left = VALUES, at = 0;
        for (int v = 0; v < VALUES && need > 0; v++, left--)
            if ((int)below((uint32_t)left) < need) nums2[at++] = v, need--;
        switch (call % 5) {
        case 0: shuffle(nums2, n2); break;
        case 1: break;                                        // rising
        case 2:                                               // falling
            for (int i = 0; i < n2 / 2; i++) {
                int t = nums2[i];
                nums2[i] = nums2[n2 - 1 - i];
                nums2[n2 - 1 - i] = t;
            }
            break;
        case 3:                                               // sawtooth
            for (int i = 0; i + 1 < n2; i += 2) {
                int t = nums2[i];
                nums2[i] = nums2[i + 1];
                nums2[i + 1] = t;
            }
            break;
        default: shuffle(nums2, n2 / 2); break;               // half shuffled
        }
        int n1 = call % 7 == 0 ? n2 : call % 7 == 1 ? 1 : 1 + (int)below((uint32_t)n2);
        for (int i = 0; i < n2; i++) used[i] = nums2[i];
        shuffle(used, n2);
        for (int i = 0; i < n1; i++) nums1[i] = used[i];
        printf("Input: ");
        print("nums1", nums1, n1);
        printf(", ");
        print("nums2", nums2, n2);
        printf("\n");
    }
    return 0;
}
