// Reference: the heap in a slice; children of i at 2i+1 and 2i+2. Push sifts
// the new element up, Pop moves the last element to the root and sifts it
// down: O(log n). Peek and Size are O(1).
type MinHeap struct {
	a []int
}

func Constructor() MinHeap {
	return MinHeap{}
}

func (this *MinHeap) Push(val int) {
	this.a = append(this.a, val)
	i := len(this.a) - 1
	for i > 0 && this.a[(i-1)/2] > this.a[i] {
		p := (i - 1) / 2
		this.a[i], this.a[p] = this.a[p], this.a[i]
		i = p
	}
}

func (this *MinHeap) Pop() int {
	a := this.a
	top := a[0]
	n := len(a) - 1
	a[0] = a[n]
	a = a[:n]
	for i := 0; ; {
		m, l, r := i, 2*i+1, 2*i+2
		if l < n && a[l] < a[m] {
			m = l
		}
		if r < n && a[r] < a[m] {
			m = r
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	this.a = a
	return top
}

func (this *MinHeap) Peek() int {
	return this.a[0]
}

func (this *MinHeap) Size() int {
	return len(this.a)
}
