// Wrong: never skips repeated values, so a triplet held by several sets of
// positions is reported several times ([-1,0,1] twice in example 1).
import "sort"

func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	triplets := [][]int{}
	for i := 0; i < len(nums)-2; i++ {
		lo, hi := i+1, len(nums)-1
		for lo < hi {
			sum := nums[i] + nums[lo] + nums[hi]
			if sum == 0 {
				triplets = append(triplets, []int{nums[i], nums[lo], nums[hi]})
				lo++
				hi--
			} else if sum < 0 {
				lo++
			} else {
				hi--
			}
		}
	}
	return triplets
}
