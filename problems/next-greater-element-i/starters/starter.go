func nextGreaterElement(nums1 []int, nums2 []int) []int {
    return nil
}
