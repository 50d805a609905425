// Accepted: prefix sums lie in [-2*10^7, 2*10^7] and only those can match,
// so a counting array with an offset replaces the map; a lookup outside the
// range (k shifts it) counts nothing.
func subarraySum(nums []int, k int) int {
	lo, hi := 0, 0
	sum := 0
	for _, v := range nums {
		sum += v
		lo, hi = min(lo, sum), max(hi, sum)
	}
	counts := make([]int32, hi-lo+1)
	counts[-lo] = 1
	sum = 0
	count := 0
	for _, v := range nums {
		sum += v
		if want := sum - k; want >= lo && want <= hi {
			count += int(counts[want-lo])
		}
		counts[sum-lo]++
	}
	return count
}
