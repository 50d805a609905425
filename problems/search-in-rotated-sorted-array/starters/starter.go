func search(nums []int, target int) int {
    return 0
}
