// Accepted: remember every visited node in a map keyed by pointer; the first
// node seen twice is where the cycle begins. O(n) time and memory.
/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func detectCycle(head *ListNode) *ListNode {
    seen := make(map[*ListNode]bool)
    for p := head; p != nil; p = p.Next {
        if seen[p] {
            return p
        }
        seen[p] = true
    }
    return nil
}
