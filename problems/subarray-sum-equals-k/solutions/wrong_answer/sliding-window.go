// Wrong answer: a two-pointer window that shrinks while the sum is above k.
// It assumes non-negative numbers; with negatives a window that is too big
// can come back down: nums = [-1,-1,1], k = 0 gives 0 instead of 1.
func subarraySum(nums []int, k int) int {
	count, sum, left := 0, 0, 0
	for right, v := range nums {
		sum += v
		for sum > k && left < right {
			sum -= nums[left]
			left++
		}
		if sum == k {
			count++
		}
	}
	return count
}
