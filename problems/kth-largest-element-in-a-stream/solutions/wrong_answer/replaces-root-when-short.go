// Wrong answer: replaces the root with a larger value without checking that
// the heap already holds k numbers, so when nums has only k-1 of them the
// first add overwrites one instead of joining them.
import "container/heap"

type minHeap []int

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type KthLargest struct {
	h minHeap
}

func Constructor(k int, nums []int) KthLargest {
	h := minHeap(append([]int(nil), nums...))
	heap.Init(&h)
	for h.Len() > k {
		heap.Pop(&h)
	}
	return KthLargest{h}
}

func (this *KthLargest) Add(val int) int {
	if len(this.h) == 0 {
		heap.Push(&this.h, val)
	} else if val > this.h[0] {
		this.h[0] = val
		heap.Fix(&this.h, 0)
	}
	return this.h[0]
}
