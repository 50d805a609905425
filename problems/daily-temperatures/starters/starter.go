func dailyTemperatures(temperatures []int) []int {
    return nil
}
