// Reference: count every value, then pair each distinct value v with
// target - v (Go's int is 64 bits on wasm: no overflow). Each pair is
// reported from its smaller value, and [v, v] needs two copies. O(n).
func pairSums(nums []int, target int) [][]int {
	count := make(map[int]int, len(nums))
	for _, v := range nums {
		count[v]++
	}
	pairs := [][]int{}
	for v, c := range count {
		w := target - v
		if v < w && count[w] > 0 || v == w && c >= 2 {
			pairs = append(pairs, []int{v, w})
		}
	}
	return pairs
}
