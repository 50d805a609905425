// Runtime error: the two-stack solution with `val < min` where it must be
// `val <= min`. After Push 0, 1, 0 only one 0 is on the min slice, but both
// pops of a 0 remove from it; on tests/02-duplicate-minimums.txt the first
// Pop already empties it, and the next GetMin reads mins[-1]: Go panics with
// "index out of range [-1]".
type MinStack struct {
	stack []int
	mins  []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	this.stack = append(this.stack, val)
	if len(this.mins) == 0 || val < this.mins[len(this.mins)-1] { // BUG: <=
		this.mins = append(this.mins, val)
	}
}

func (this *MinStack) Pop() {
	top := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	if top == this.mins[len(this.mins)-1] {
		this.mins = this.mins[:len(this.mins)-1]
	}
}

func (this *MinStack) Top() int {
	return this.stack[len(this.stack)-1]
}

func (this *MinStack) GetMin() int {
	return this.mins[len(this.mins)-1]
}
