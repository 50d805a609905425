// Wrong answer: Pop moves the last element to the root but never shrinks
// the slice, so Size is wrong and the old last element is returned again.
type MinHeap struct {
	a []int
}

func Constructor() MinHeap {
	return MinHeap{}
}

func (this *MinHeap) Push(val int) {
	this.a = append(this.a, val)
	for i := len(this.a) - 1; i > 0 && this.a[(i-1)/2] > this.a[i]; i = (i - 1) / 2 {
		this.a[i], this.a[(i-1)/2] = this.a[(i-1)/2], this.a[i]
	}
}

func (this *MinHeap) Pop() int {
	top := this.a[0]
	n := len(this.a)
	this.a[0] = this.a[n-1]
	for i := 0; ; {
		m := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < n && this.a[c] < this.a[m] {
				m = c
			}
		}
		if m == i {
			break
		}
		this.a[i], this.a[m] = this.a[m], this.a[i]
		i = m
	}
	return top
}

func (this *MinHeap) Peek() int { return this.a[0] }

func (this *MinHeap) Size() int { return len(this.a) }
