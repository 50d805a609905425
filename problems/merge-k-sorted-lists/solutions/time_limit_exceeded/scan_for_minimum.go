// Time limit exceeded: correct, but finds the next node by scanning the heads
// of all k lists every time: O(k) per output node, O(k * N) in total, ~10^9
// steps with k = 10^4 and 10^5 nodes (large-many-lists).

func mergeKLists(lists []*ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for {
		best := -1
		for i, l := range lists {
			if l != nil && (best < 0 || l.Val < lists[best].Val) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		tail.Next = lists[best]
		tail = tail.Next
		lists[best] = lists[best].Next
	}
	tail.Next = nil
	return dummy.Next
}
