// Reference: a min-heap (container/heap) of the k largest numbers; its root
// is the answer. O(log k) per add.
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
	k    int
	heap minHeap
}

func Constructor(k int, nums []int) KthLargest {
	this := KthLargest{k: k, heap: make(minHeap, 0, k)}
	for _, x := range nums {
		this.Add(x)
	}
	return this
}

func (this *KthLargest) Add(val int) int {
	if len(this.heap) < this.k {
		heap.Push(&this.heap, val)
	} else if val > this.heap[0] {
		this.heap[0] = val
		heap.Fix(&this.heap, 0)
	}
	return this.heap[0]
}
