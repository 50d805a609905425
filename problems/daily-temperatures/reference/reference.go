// Reference: a monotonic stack of days still waiting for a warmer one, their
// temperatures decreasing from bottom to top. O(n) time.
func dailyTemperatures(temperatures []int) []int {
	answer := make([]int, len(temperatures))
	waiting := make([]int, 0, len(temperatures))
	for i, t := range temperatures {
		for len(waiting) > 0 && temperatures[waiting[len(waiting)-1]] < t {
			day := waiting[len(waiting)-1]
			waiting = waiting[:len(waiting)-1]
			answer[day] = i - day
		}
		waiting = append(waiting, i)
	}
	return answer
}
