// Accepted: recursive sift-up and sift-down.
type MinHeap struct {
	a []int
}

func Constructor() MinHeap {
	return MinHeap{}
}

func (this *MinHeap) up(i int) {
	if p := (i - 1) / 2; i > 0 && this.a[p] > this.a[i] {
		this.a[p], this.a[i] = this.a[i], this.a[p]
		this.up(p)
	}
}

func (this *MinHeap) down(i int) {
	m := i
	for _, c := range []int{2*i + 1, 2*i + 2} {
		if c < len(this.a) && this.a[c] < this.a[m] {
			m = c
		}
	}
	if m != i {
		this.a[m], this.a[i] = this.a[i], this.a[m]
		this.down(m)
	}
}

func (this *MinHeap) Push(val int) {
	this.a = append(this.a, val)
	this.up(len(this.a) - 1)
}

func (this *MinHeap) Pop() int {
	top := this.a[0]
	last := len(this.a) - 1
	this.a[0] = this.a[last]
	this.a = this.a[:last]
	this.down(0)
	return top
}

func (this *MinHeap) Peek() int { return this.a[0] }

func (this *MinHeap) Size() int { return len(this.a) }
