// Reference: sort, then for each first value (skipping repeats) walk two
// pointers over the rest; after a match both skip past copies of their
// value, so each triplet is reported once. O(n^2).
import "sort"

func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	triplets := [][]int{}
	n := len(nums)
	for i := 0; i < n-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		lo, hi := i+1, n-1
		for lo < hi {
			sum := nums[i] + nums[lo] + nums[hi]
			if sum < 0 {
				lo++
			} else if sum > 0 {
				hi--
			} else {
				triplets = append(triplets, []int{nums[i], nums[lo], nums[hi]})
				for lo < hi && nums[lo] == nums[lo+1] {
					lo++
				}
				for lo < hi && nums[hi] == nums[hi-1] {
					hi--
				}
				lo++
				hi--
			}
		}
	}
	return triplets
}
