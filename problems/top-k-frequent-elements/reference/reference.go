// Reference: count with a map, then buckets by count: bucket c holds the
// values that occur c times. Reading buckets from the highest count down
// gives the k most frequent. O(n).
func topKFrequent(nums []int, k int) []int {
	count := make(map[int]int)
	for _, v := range nums {
		count[v]++
	}
	buckets := make([][]int, len(nums)+1)
	for v, c := range count {
		buckets[c] = append(buckets[c], v)
	}
	top := make([]int, 0, k)
	for c := len(nums); c > 0 && len(top) < k; c-- {
		top = append(top, buckets[c]...)
	}
	return top[:k]
}
