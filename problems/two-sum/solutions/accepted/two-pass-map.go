// Accepted: a first pass maps every value to its last index, a second pass
// looks up each value's partner and skips the value itself. O(n).
func twoSum(nums []int, target int) []int {
	last := make(map[int]int, len(nums))
	for i, v := range nums {
		last[v] = i
	}
	for i, v := range nums {
		if j, ok := last[target-v]; ok && j != i {
			return []int{i, j}
		}
	}
	return []int{}
}
