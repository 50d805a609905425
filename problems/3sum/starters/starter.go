func threeSum(nums []int) [][]int {
    return nil
}
