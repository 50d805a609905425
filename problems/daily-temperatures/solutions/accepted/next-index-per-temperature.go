// Accepted: from the right, remember the nearest day seen for each of the 71
// possible temperatures, and look up the nearest one that is warmer:
// O(n * 71), linear in n.
func dailyTemperatures(temperatures []int) []int {
	const none = 1 << 30
	var nearest [101]int
	for t := range nearest {
		nearest[t] = none
	}
	answer := make([]int, len(temperatures))
	for i := len(temperatures) - 1; i >= 0; i-- {
		best := none
		for t := temperatures[i] + 1; t <= 100; t++ {
			if nearest[t] < best {
				best = nearest[t]
			}
		}
		if best != none {
			answer[i] = best - i
		}
		nearest[temperatures[i]] = i
	}
	return answer
}
