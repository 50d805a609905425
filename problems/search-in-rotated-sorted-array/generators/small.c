// Generator for search-in-rotated-sorted-array's `small-exhaustive` test:
// every rotation of short arrays (1 to 8 values) with every target from
// below the smallest to above the largest, including each gap between
// values, where off-by-one mistakes in the halves' bounds show. The values
// are even numbers shifted by the seed, so the gaps hold odd targets.
#include <stdio.h>

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    int base = (int)(seed % 100) * 2 - 100;
    for (int n = 1; n <= 8; n++) {
        for (int k = 0; k < n; k++) {
            for (int target = base - 1; target <= base + 2 * n - 1; target++) {
                printf("Input: nums = [");
                for (int i = 0; i < n; i++) printf(i ? ",%d" : "%d", base + 2 * ((i + k) % n));
                printf("], target = %d\n", target);
            }
        }
    }
    return 0;
}
