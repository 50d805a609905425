func maxSlidingWindow(nums []int, k int) []int {
    return nil
}
