// Reference: the lower half in a max-heap, the upper half in a min-heap, the
// lower holding the extra number when the count is odd. addNum is O(log n);
// the median is read from the tops in O(1).
import "container/heap"

// ints is a min-heap; the lower half stores negated numbers in one.
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
	lower ints // negated: its minimum is the largest lower number
	upper ints
}

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	heap.Push(&this.lower, -num)
	heap.Push(&this.upper, -heap.Pop(&this.lower).(int))
	if this.upper.Len() > this.lower.Len() {
		heap.Push(&this.lower, -heap.Pop(&this.upper).(int))
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.lower.Len() > this.upper.Len() {
		return float64(-this.lower[0])
	}
	return float64(-this.lower[0]+this.upper[0]) / 2
}
