// Reference: Floyd's tortoise and hare. O(n) time, O(1) memory.
// After the pointers meet inside the cycle, a pointer from the head and one
// from the meeting point, moving one step at a time, meet at the cycle start.
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
            p := head
            for p != slow {
                p = p.Next
                slow = slow.Next
            }
            return p
        }
    }
    return nil
}
