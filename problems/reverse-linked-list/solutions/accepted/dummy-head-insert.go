// Accepted: inserts each node right after a dummy head.
func reverseList(head *ListNode) *ListNode {
	dummy := &ListNode{}
	for head != nil {
		next := head.Next
		head.Next = dummy.Next
		dummy.Next = head
		head = next
	}
	return dummy.Next
}
