func lengthOfLongestSubstring(s string) int {
    return 0
}
