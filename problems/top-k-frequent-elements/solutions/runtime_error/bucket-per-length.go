// Runtime error: buckets indexed by count, but only len(nums) of them
// (0..len-1): a value that fills the whole array has count len(nums), one
// past the end ([1] with k = 1).
func topKFrequent(nums []int, k int) []int {
	count := map[int]int{}
	for _, v := range nums {
		count[v]++
	}
	buckets := make([][]int, len(nums))
	for v, c := range count {
		buckets[c] = append(buckets[c], v)
	}
	top := []int{}
	for c := len(nums) - 1; c > 0 && len(top) < k; c-- {
		top = append(top, buckets[c]...)
	}
	return top
}
