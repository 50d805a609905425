func topKFrequent(nums []int, k int) []int {
    return nil
}
