// Runtime error: Floyd's loop without nil checks. On a list without a cycle
// the fast pointer runs off the end and fast.Next.Next dereferences nil,
// which panics (example 3, head = [1], pos = -1).
/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func detectCycle(head *ListNode) *ListNode {
    slow, fast := head, head
    for {
        slow = slow.Next
        fast = fast.Next.Next
        if slow == fast {
            break
        }
    }
    for head != slow {
        head = head.Next
        slow = slow.Next
    }
    return head
}
