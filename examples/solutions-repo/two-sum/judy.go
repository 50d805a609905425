// Two Sum: a map from each value seen to its index.
func twoSum(nums []int, target int) []int {
	at := map[int]int{}
	for i, v := range nums {
		if j, ok := at[target-v]; ok {
			return []int{i, j}
		}
		at[v] = i
	}
	return nil
}
