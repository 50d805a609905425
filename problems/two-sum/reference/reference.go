// Reference: one pass with a map from each value seen to its index; the
// partner of nums[i] is target - nums[i]. O(n) expected time.
func twoSum(nums []int, target int) []int {
	seen := make(map[int]int, len(nums))
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return []int{}
}
