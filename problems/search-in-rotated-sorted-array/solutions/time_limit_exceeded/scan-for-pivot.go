// Too slow: scans for the rotation point, then binary searches the half
// that holds the target. The scan makes it O(n).
func search(nums []int, target int) int {
	pivot := 0
	for i := 1; i < len(nums); i++ {
		if nums[i] < nums[i-1] {
			pivot = i
			break
		}
	}
	lo, hi := 0, len(nums)-1
	if target >= nums[pivot] && target <= nums[len(nums)-1] {
		lo = pivot
	} else {
		hi = pivot - 1
	}
	for lo <= hi {
		mid := (lo + hi) / 2
		if nums[mid] == target {
			return mid
		} else if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return -1
}
