// Reference: a sliding window [start, i]; the last position of each byte
// moves start just past an earlier copy of s[i] inside the window. O(n).
int lengthOfLongestSubstring(char* s) {
    int last[256];
    for (int c = 0; c < 256; c++) last[c] = -1;
    int best = 0, start = 0;
    for (int i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (last[c] >= start) start = last[c] + 1;
        last[c] = i;
        if (i - start + 1 > best) best = i - start + 1;
    }
    return best;
}
