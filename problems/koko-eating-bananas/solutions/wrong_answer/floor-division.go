// Wrong answer: counts p / k hours per pile, forgetting the last partial
// hour (it should be the ceiling), so it answers speeds that are too slow.
func minEatingSpeed(piles []int, h int) int {
	lo, hi := 1, 1000000000
	for lo < hi {
		mid := lo + (hi-lo)/2
		hours := 0
		for _, p := range piles {
			hours += p / mid
		}
		if hours <= h {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
