// Runtime error: assumes there is at least one list and starts from
// lists[0]; for `lists = []` (tests/02-example-2.txt) the index is out of
// bounds and Rust panics.

impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = lists[0].take(); // BUG: panics when lists is empty
        loop {
            while let Some(mut node) = cur {
                values.push(node.val);
                cur = node.next.take();
            }
            match lists.iter_mut().find(|l| l.is_some()) {
                Some(l) => cur = l.take(),
                None => break,
            }
        }
        values.sort_unstable();
        let mut head = None;
        for &v in values.iter().rev() {
            head = Some(Box::new(ListNode { val: v, next: head }));
        }
        head
    }
}
