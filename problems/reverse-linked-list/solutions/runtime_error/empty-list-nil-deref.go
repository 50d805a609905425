// Runtime error: starts from head.Next without checking for an empty list,
// so `[]` dereferences nil.
func reverseList(head *ListNode) *ListNode {
	prev := head
	cur := head.Next
	prev.Next = nil
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	return prev
}
