// Runtime error: pushes every list head into the heap without skipping empty
// lists, so comparing heads dereferences a nil *ListNode and Go panics
// ("invalid memory address or nil pointer dereference") on `lists = [[]]`
// (tests/03-example-3.txt).

import "container/heap"

type nodeHeap []*ListNode

func (h nodeHeap) Len() int            { return len(h) }
func (h nodeHeap) Less(i, j int) bool  { return h[i].Val < h[j].Val }
func (h nodeHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x interface{}) { *h = append(*h, x.(*ListNode)) }
func (h *nodeHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func mergeKLists(lists []*ListNode) *ListNode {
	h := nodeHeap{}
	for _, l := range lists {
		h = append(h, l) // BUG: l may be nil
	}
	heap.Init(&h)
	dummy := &ListNode{}
	tail := dummy
	for h.Len() > 0 {
		n := heap.Pop(&h).(*ListNode)
		tail.Next = n
		tail = n
		if n.Next != nil {
			heap.Push(&h, n.Next)
		}
	}
	return dummy.Next
}
