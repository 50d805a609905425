// Accepted: one slice of (value, minimum so far) pairs, LeetCode's most common
// Go answer. Every call touches only the last element: O(1).
type pair struct {
	val, min int
}

type MinStack struct {
	stack []pair
}

func Constructor() MinStack {
	return MinStack{stack: make([]pair, 0)}
}

func (this *MinStack) Push(val int) {
	if len(this.stack) == 0 {
		this.stack = append(this.stack, pair{val, val})
		return
	}
	m := this.stack[len(this.stack)-1].min
	if val < m {
		m = val
	}
	this.stack = append(this.stack, pair{val, m})
}

func (this *MinStack) Pop() {
	this.stack = this.stack[:len(this.stack)-1]
}

func (this *MinStack) Top() int {
	return this.stack[len(this.stack)-1].val
}

func (this *MinStack) GetMin() int {
	return this.stack[len(this.stack)-1].min
}
