// Wrong answer: the two-list merge stops as soon as one list runs out and
// forgets to attach the rest of the other list, so the largest values of the
// longer list go missing ([[1,4,5],[1,3,4],[2,6]] loses 6).

func mergeKLists(lists []*ListNode) *ListNode {
	var res *ListNode
	for _, l := range lists {
		res = merge(res, l)
	}
	return res
}

func merge(a, b *ListNode) *ListNode {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	dummy := &ListNode{}
	t := dummy
	for a != nil && b != nil {
		if a.Val < b.Val {
			t.Next, a = a, a.Next
		} else {
			t.Next, b = b, b.Next
		}
		t = t.Next
	}
	t.Next = nil // BUG: should be whichever of a, b is non-nil
	return dummy.Next
}
