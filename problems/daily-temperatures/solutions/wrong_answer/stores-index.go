// Wrong answer: records the index of the warmer day instead of how many days
// later it comes.
func dailyTemperatures(temperatures []int) []int {
	answer := make([]int, len(temperatures))
	var waiting []int
	for i, t := range temperatures {
		for len(waiting) > 0 && temperatures[waiting[len(waiting)-1]] < t {
			answer[waiting[len(waiting)-1]] = i
			waiting = waiting[:len(waiting)-1]
		}
		waiting = append(waiting, i)
	}
	return answer
}
