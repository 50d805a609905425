// Accepted: copy every value into a slice, sort it and build a new list:
// O(N log N). No package line and no import of "sort" (LeetCode's Go
// environment imports the standard packages for you; so does the judge).

func mergeKLists(lists []*ListNode) *ListNode {
	vals := []int{}
	for _, l := range lists {
		for ; l != nil; l = l.Next {
			vals = append(vals, l.Val)
		}
	}
	sort.Ints(vals)
	dummy := &ListNode{}
	tail := dummy
	for _, v := range vals {
		tail.Next = &ListNode{Val: v}
		tail = tail.Next
	}
	return dummy.Next
}
