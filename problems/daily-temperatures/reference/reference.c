// Reference: a monotonic stack of days still waiting for a warmer one, their
// temperatures decreasing from bottom to top. O(n) time.
/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* dailyTemperatures(int* temperatures, int temperaturesSize, int* returnSize) {
    int* answer = calloc(temperaturesSize, sizeof(int));
    int* waiting = malloc(temperaturesSize * sizeof(int));
    int top = 0;
    for (int i = 0; i < temperaturesSize; i++) {
        while (top > 0 && temperatures[waiting[top - 1]] < temperatures[i]) {
            int day = waiting[--top];
            answer[day] = i - day;
        }
        waiting[top++] = i;
    }
    free(waiting);
    *returnSize = temperaturesSize;
    return answer;
}
