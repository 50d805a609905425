// Accepted: a fixed stack sized to LeetCode's maximum length (10^4), as many
// C solutions on LeetCode do, with a lookup table from closer to opener.
bool isValid(char* s) {
    static char stack[10000];
    char opener[128] = {0};
    opener[')'] = '(';
    opener[']'] = '[';
    opener['}'] = '{';
    int top = 0;
    for (; *s; s++) {
        if (!opener[(unsigned char)*s]) {
            stack[top++] = *s;
        } else if (top == 0 || stack[--top] != opener[(unsigned char)*s]) {
            return false;
        }
    }
    return top == 0;
}
