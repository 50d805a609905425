// Reference: iterative, relinking each node in front of the reversed part.
// O(n) time, O(1) extra memory.
/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func reverseList(head *ListNode) *ListNode {
	var reversed *ListNode
	for head != nil {
		next := head.Next
		head.Next = reversed
		reversed = head
		head = next
	}
	return reversed
}
