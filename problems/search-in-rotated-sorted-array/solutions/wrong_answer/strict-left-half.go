// Wrong answer: `nums[lo] < nums[mid]` instead of `<=`. When lo == mid the
// left "half" is one element and sorted, but this takes the right branch:
// nums = [3,1], target = 1 searches the left half and returns -1.
func search(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if nums[mid] == target {
			return mid
		}
		if nums[lo] < nums[mid] {
			if nums[lo] <= target && target < nums[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else if nums[mid] < target && target <= nums[hi] {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return -1
}
