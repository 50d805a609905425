// Wrong answer: two stacks done right, but Empty only looks at the input
// stack, so a queue whose elements were all moved to the output stack
// reports itself empty.
type MyQueue struct {
	in, out []int
}

func Constructor() MyQueue {
	return MyQueue{}
}

func (this *MyQueue) Push(x int) {
	this.in = append(this.in, x)
}

func (this *MyQueue) Peek() int {
	if len(this.out) == 0 {
		for len(this.in) > 0 {
			this.out = append(this.out, this.in[len(this.in)-1])
			this.in = this.in[:len(this.in)-1]
		}
	}
	return this.out[len(this.out)-1]
}

func (this *MyQueue) Pop() int {
	x := this.Peek()
	this.out = this.out[:len(this.out)-1]
	return x
}

func (this *MyQueue) Empty() bool {
	return len(this.in) == 0
}
