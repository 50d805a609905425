func subarraySum(nums []int, k int) int {
    return 0
}
