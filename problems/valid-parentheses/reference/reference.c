// Reference: a stack of expected closers. O(n) time, O(n) memory.
bool isValid(char* s) {
    int n = strlen(s);
    char* expect = malloc(n + 1);
    int top = 0;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        char c = s[i];
        if (c == '(') expect[top++] = ')';
        else if (c == '[') expect[top++] = ']';
        else if (c == '{') expect[top++] = '}';
        else ok = top > 0 && expect[--top] == c;
    }
    ok = ok && top == 0;
    free(expect);
    return ok;
}
