// Reference: two parallel slices. mins[i] is the minimum of vals[0..i], so
// push appends min(val, previous minimum), pop truncates both, and top and
// getMin read the last entries: O(1) per call (amortized for append).
type MinStack struct {
	vals []int
	mins []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	m := val
	if n := len(this.mins); n > 0 && this.mins[n-1] < m {
		m = this.mins[n-1]
	}
	this.vals = append(this.vals, val)
	this.mins = append(this.mins, m)
}

func (this *MinStack) Pop() {
	n := len(this.vals) - 1
	this.vals = this.vals[:n]
	this.mins = this.mins[:n]
}

func (this *MinStack) Top() int {
	return this.vals[len(this.vals)-1]
}

func (this *MinStack) GetMin() int {
	return this.mins[len(this.mins)-1]
}
