// Reference: one pass over nums2 with a stack of values still waiting for a
// greater one (falling from bottom to top); a value pops every smaller
// waiting value and is its answer. A map keeps the answers for nums1.
// O(nums1.length + nums2.length).
func nextGreaterElement(nums1 []int, nums2 []int) []int {
	next := make(map[int]int, len(nums2))
	stack := make([]int, 0, len(nums2))
	for _, v := range nums2 {
		for len(stack) > 0 && stack[len(stack)-1] < v {
			next[stack[len(stack)-1]] = v
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, v)
	}
	out := make([]int, len(nums1))
	for i, x := range nums1 {
		if v, ok := next[x]; ok {
			out[i] = v
		} else {
			out[i] = -1
		}
	}
	return out
}
