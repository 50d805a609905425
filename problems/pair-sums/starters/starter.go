func pairSums(nums []int, target int) [][]int {
    return nil
}
