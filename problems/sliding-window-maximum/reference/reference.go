// Reference: a monotonic deque of indices (a slice with a moving head) whose
// values fall from front to back; the front is the window's maximum. Each
// index enters and leaves once: O(n).
func maxSlidingWindow(nums []int, k int) []int {
	deque := make([]int, 0, len(nums))
	head := 0
	out := make([]int, 0, len(nums)-k+1)
	for i, v := range nums {
		if head < len(deque) && deque[head] <= i-k {
			head++
		}
		for len(deque) > head && nums[deque[len(deque)-1]] <= v {
			deque = deque[:len(deque)-1]
		}
		deque = append(deque, i)
		if i >= k-1 {
			out = append(out, nums[deque[head]])
		}
	}
	return out
}
