// Too slow: for each day, scans forward to the first warmer day. O(n^2) when
// warmer days are far away: about 5*10^9 steps for 10^5 equal temperatures.
int* dailyTemperatures(int* temperatures, int temperaturesSize, int* returnSize) {
    int* answer = calloc(temperaturesSize, sizeof(int));
    for (int i = 0; i < temperaturesSize; i++) {
        for (int j = i + 1; j < temperaturesSize; j++) {
            if (temperatures[j] > temperatures[i]) {
                answer[i] = j - i;
                break;
            }
        }
    }
    *returnSize = temperaturesSize;
    return answer;
}
