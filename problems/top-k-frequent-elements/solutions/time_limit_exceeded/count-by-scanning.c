// Too slow: counts each value by scanning the whole array again, O(n^2):
// 10^10 steps for 10^5 values. Then picks the k best distinct values.
int* topKFrequent(int* nums, int numsSize, int k, int* returnSize) {
    int* values = malloc(numsSize * sizeof(int));
    int* counts = malloc(numsSize * sizeof(int));
    int d = 0;
    for (int i = 0; i < numsSize; i++) {
        int seen = 0;
        for (int j = 0; j < i && !seen; j++) seen = nums[j] == nums[i];
        if (seen) continue;
        int c = 0;
        for (int j = 0; j < numsSize; j++) c += nums[j] == nums[i];
        values[d] = nums[i];
        counts[d++] = c;
    }
    int* top = malloc(k * sizeof(int));
    for (int t = 0; t < k; t++) {
        int best = -1;
        for (int i = 0; i < d; i++)
            if (counts[i] >= 0 && (best < 0 || counts[i] > counts[best])) best = i;
        top[t] = values[best];
        counts[best] = -1;
    }
    free(values);
    free(counts);
    *returnSize = k;
    return top;
}
