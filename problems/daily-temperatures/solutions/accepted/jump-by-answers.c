// Accepted: from the right, follow the answers already computed: from day
// i+1 jump to its next warmer day until a warmer one than day i is found.
// Each day is jumped over a bounded number of times overall: O(n) amortised.
int* dailyTemperatures(int* temperatures, int temperaturesSize, int* returnSize) {
    int n = temperaturesSize;
    int* answer = calloc(n, sizeof(int));
    for (int i = n - 2; i >= 0; i--) {
        int j = i + 1;
        while (temperatures[j] <= temperatures[i] && answer[j] > 0) j += answer[j];
        if (temperatures[j] > temperatures[i]) answer[i] = j - i;
    }
    *returnSize = n;
    return answer;
}
