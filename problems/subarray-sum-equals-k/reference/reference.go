// Reference: counts prefix sums seen so far in a map; a subarray ending here
// sums to k when an earlier prefix equals the current prefix minus k. The
// empty prefix (0) is counted once before the first element. O(n).
func subarraySum(nums []int, k int) int {
	seen := make(map[int]int, len(nums)+1)
	seen[0] = 1
	sum, count := 0, 0
	for _, v := range nums {
		sum += v
		count += seen[sum-k]
		seen[sum]++
	}
	return count
}
