// Wrong answer: looks for a greater value from the start of nums2 instead of
// after x's position, so a greater value to the left counts:
// nums1 = [4,1,2], nums2 = [1,3,4,2] answers 3 for 2.
func nextGreaterElement(nums1 []int, nums2 []int) []int {
	out := make([]int, len(nums1))
	for i, x := range nums1 {
		out[i] = -1
		for _, v := range nums2 {
			if v > x {
				out[i] = v
				break
			}
		}
	}
	return out
}
