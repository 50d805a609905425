// Runtime error: a deque of values that pops equal values too (`<=`), then
// drops the front whenever the leaving value equals it. With two equal
// values in a row the second is dropped as the first leaves: the deque runs
// empty (nums = [4,-2,7,7,0], k = 1) and deque[0] panics.
func maxSlidingWindow(nums []int, k int) []int {
	var deque, out []int
	for i, v := range nums {
		for len(deque) > 0 && deque[len(deque)-1] <= v {
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
