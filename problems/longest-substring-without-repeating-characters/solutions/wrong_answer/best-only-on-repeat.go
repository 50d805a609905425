// Wrong answer: updates the best length only when a repeat ends a window, so
// the window still open at the end is never counted: "au" gives 0.
func lengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok && j >= start {
			best = max(best, i-start)
			start = j + 1
		}
		last[s[i]] = i
	}
	return best
}
