// Wrong: maps every value first, then looks up each value's partner without
// checking that it is another position: [3,2,4] with target 6 gives [0,0].
func twoSum(nums []int, target int) []int {
	index := make(map[int]int, len(nums))
	for i, v := range nums {
		index[v] = i
	}
	for i, v := range nums {
		if j, ok := index[target-v]; ok {
			return []int{i, j}
		}
	}
	return []int{}
}
