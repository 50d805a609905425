// Time limit exceeded: for each node, walk from the head up to the previous
// node looking for it (no hash set). Correct, but O(n^2).
/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func detectCycle(head *ListNode) *ListNode {
    steps := 0
    for p := head; p != nil; p = p.Next {
        q := head
        for i := 0; i < steps; i++ {
            if q == p {
                return p
            }
            q = q.Next
        }
        steps++
    }
    return nil
}
