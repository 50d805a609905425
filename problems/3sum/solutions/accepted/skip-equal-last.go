// Accepted: sort, then two pointers for each first value; a triplet is kept
// only if it differs from the last one kept for this first value (equal
// triplets for one first value come out one after another). O(n^2).
import "sort"

func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	out := [][]int{}
	for i := 0; i+2 < len(nums); i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		var last []int
		l, r := i+1, len(nums)-1
		for l < r {
			s := nums[i] + nums[l] + nums[r]
			switch {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				if last == nil || last[1] != nums[l] {
					last = []int{nums[i], nums[l], nums[r]}
					out = append(out, last)
				}
				l++
				r--
			}
		}
	}
	return out
}
