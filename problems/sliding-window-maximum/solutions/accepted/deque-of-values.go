// Accepted: a monotonic deque of values rather than indices; the value
// leaving the window is dropped from the front only if it is the front, so
// equal values must all be kept (the `<` below, not `<=`).
func maxSlidingWindow(nums []int, k int) []int {
	var deque, out []int
	for i, v := range nums {
		for len(deque) > 0 && deque[len(deque)-1] < v {
			deque = deque[:len(deque)-1]
		}
		deque = append(deque, v)
		if i >= k && nums[i-k] == deque[0] {
			deque = deque[1:]
		}
		if i >= k-1 {
			out = append(out, deque[0])
		}
	}
	return out
}
