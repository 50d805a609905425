// Wrong answer: rebuilds the list from its values sorted in descending order,
// which matches the reversal only when the input is sorted (as in the
// examples).
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut p = &head;
        while let Some(node) = p {
            values.push(node.val);
            p = &node.next;
        }
        values.sort_unstable_by(|a, b| b.cmp(a));
        let mut out = None;
        for &v in values.iter().rev() {
            out = Some(Box::new(ListNode { val: v, next: out }));
        }
        out
    }
}
