// Wrong answer: reverses the links but returns the original head, which is
// now the tail: only one node is reported.
func reverseList(head *ListNode) *ListNode {
	var prev *ListNode
	cur := head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	return head
}
