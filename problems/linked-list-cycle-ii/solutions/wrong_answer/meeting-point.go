// Wrong answer: returns the node where Floyd's slow and fast pointers meet,
// which is inside the cycle but usually not where the cycle begins
// (example 1: they meet at index 3, the answer is 1).
/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func detectCycle(head *ListNode) *ListNode {
    slow, fast := head, head
    for fast != nil && fast.Next != nil {
        slow = slow.Next
        fast = fast.Next.Next
        if slow == fast {
            return slow
        }
    }
    return nil
}
