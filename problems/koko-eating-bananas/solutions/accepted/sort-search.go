// Accepted: the standard library's binary search over speeds 1..10^9.
import "sort"

func minEatingSpeed(piles []int, h int) int {
	return 1 + sort.Search(1000000000, func(i int) bool {
		k := i + 1
		hours := 0
		for _, p := range piles {
			hours += (p + k - 1) / k
		}
		return hours <= h
	})
}
