// Too slow: checks every substring for repeated characters. O(n^3) with a
// table per check; runs out long before n = 5*10^4.
int lengthOfLongestSubstring(char* s) {
    int n = strlen(s), best = 0;
    for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
            bool seen[256] = {false}, unique = true;
            for (int k = i; k <= j && unique; k++) {
                unsigned char c = (unsigned char)s[k];
                if (seen[c]) unique = false;
                seen[c] = true;
            }
            if (unique && j - i + 1 > best) best = j - i + 1;
        }
    }
    return best;
}
