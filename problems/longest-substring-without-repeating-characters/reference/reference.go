// Reference: a sliding window [start, i]; the last position of each byte
// moves start just past an earlier copy of s[i] inside the window. O(n).
func lengthOfLongestSubstring(s string) int {
	var last [256]int
	for i := range last {
		last[i] = -1
	}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if last[c] >= start {
			start = last[c] + 1
		}
		last[c] = i
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}
