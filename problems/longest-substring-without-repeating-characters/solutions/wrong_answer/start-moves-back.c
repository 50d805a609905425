// Wrong answer: moves the window's start to just after the last copy of the
// character even when that copy is before the start, so the start can move
// back: "abba" gives 3.
int lengthOfLongestSubstring(char* s) {
    int last[128];
    for (int c = 0; c < 128; c++) last[c] = -1;
    int best = 0, start = 0;
    for (int i = 0; s[i]; i++) {
        if (last[(int)s[i]] >= 0) start = last[(int)s[i]] + 1;
        last[(int)s[i]] = i;
        if (i - start + 1 > best) best = i - start + 1;
    }
    return best;
}
