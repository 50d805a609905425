// Wrong: reports a pair for every two positions that match, so a pair of
// values held by several positions is reported several times.
func pairSums(nums []int, target int) [][]int {
	pairs := [][]int{}
	seen := map[int]int{}
	for _, v := range nums {
		for k := 0; k < seen[target-v]; k++ {
			pairs = append(pairs, []int{target - v, v})
		}
		seen[v]++
	}
	return pairs
}
