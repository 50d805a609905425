// Too slow an algorithm: correct, but GetMin ranges over the whole slice,
// O(n) per call. At LeetCode's sizes it fits the time limit; the complexity
// check measures GetMin growing as O(n).
import "math"

type MinStack struct {
	stack []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	this.stack = append(this.stack, val)
}

func (this *MinStack) Pop() {
	this.stack = this.stack[:len(this.stack)-1]
}

func (this *MinStack) Top() int {
	return this.stack[len(this.stack)-1]
}

func (this *MinStack) GetMin() int {
	m := math.MaxInt32
	for _, v := range this.stack {
		if v < m {
			m = v
		}
	}
	return m
}
