// Wrong: sends each number to the half it belongs to but never moves one
// across, so the halves drift apart in size and their tops stop being the
// middle (after -1 and -2 the median is read as -1).
import "container/heap"

type ints []int

func (h ints) Len() int            { return len(h) }
func (h ints) Less(i, j int) bool  { return h[i] < h[j] }
func (h ints) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *ints) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type MedianFinder struct {
	lower ints // negated
	upper ints
}

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	if this.lower.Len() == 0 || num <= -this.lower[0] {
		heap.Push(&this.lower, -num)
	} else {
		heap.Push(&this.upper, num)
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.upper.Len() == 0 {
		return float64(-this.lower[0])
	}
	if this.lower.Len() == this.upper.Len() {
		return float64(-this.lower[0]+this.upper[0]) / 2
	}
	if this.lower.Len() > this.upper.Len() {
		return float64(-this.lower[0])
	}
	return float64(this.upper[0])
}
