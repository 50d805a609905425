int lengthOfLongestSubstring(char* s) {
    return 0;
}
