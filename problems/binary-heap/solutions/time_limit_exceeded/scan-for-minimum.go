// Too slow: an unsorted slice; Push appends in O(1) but Pop and Peek scan
// for the minimum: O(n) each.
type MinHeap struct {
	a []int
}

func Constructor() MinHeap {
	return MinHeap{}
}

func (this *MinHeap) Push(val int) {
	this.a = append(this.a, val)
}

func (this *MinHeap) minIndex() int {
	m := 0
	for i, v := range this.a {
		if v < this.a[m] {
			m = i
		}
	}
	return m
}

func (this *MinHeap) Pop() int {
	m := this.minIndex()
	v := this.a[m]
	last := len(this.a) - 1
	this.a[m] = this.a[last]
	this.a = this.a[:last]
	return v
}

func (this *MinHeap) Peek() int {
	return this.a[this.minIndex()]
}

func (this *MinHeap) Size() int {
	return len(this.a)
}
