// Too slow for the follow-up: keeps the oldest element on top by moving the
// whole stack aside on every push, so push is O(n) (pop and peek are O(1)).
// Correct, but it fails the amortised O(1) complexity check on push.
type MyQueue struct {
	s, aux []int
}

func Constructor() MyQueue {
	return MyQueue{}
}

func (this *MyQueue) Push(x int) {
	for len(this.s) > 0 {
		this.aux = append(this.aux, this.s[len(this.s)-1])
		this.s = this.s[:len(this.s)-1]
	}
	this.s = append(this.s, x)
	for len(this.aux) > 0 {
		this.s = append(this.s, this.aux[len(this.aux)-1])
		this.aux = this.aux[:len(this.aux)-1]
	}
}

func (this *MyQueue) Pop() int {
	x := this.s[len(this.s)-1]
	this.s = this.s[:len(this.s)-1]
	return x
}

func (this *MyQueue) Peek() int {
	return this.s[len(this.s)-1]
}

func (this *MyQueue) Empty() bool {
	return len(this.s) == 0
}
