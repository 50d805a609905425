// Accepted: Floyd's algorithm written with a package line and explicit
// nil checks in a different loop shape; any package name must be accepted.
package main

/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func detectCycle(head *ListNode) *ListNode {
    if head == nil || head.Next == nil {
        return nil
    }
    slow, fast := head.Next, head.Next.Next
    for slow != fast {
        if fast == nil || fast.Next == nil {
            return nil
        }
        slow, fast = slow.Next, fast.Next.Next
    }
    for slow = head; slow != fast; slow, fast = slow.Next, fast.Next {
    }
    return slow
}
