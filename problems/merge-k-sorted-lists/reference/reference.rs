// Reference: a min-heap of (value, list index) holding the current head of
// every non-empty list. Pop the smallest, move that node to the result, push
// the list's next value: O(N log k). Iterative, and nodes are relinked rather
// than dropped, so no recursion over the 10^5 nodes.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut heap = BinaryHeap::with_capacity(lists.len());
        for (i, l) in lists.iter().enumerate() {
            if let Some(node) = l {
                heap.push(Reverse((node.val, i)));
            }
        }
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head;
        while let Some(Reverse((_, i))) = heap.pop() {
            let mut node = lists[i].take().unwrap();
            lists[i] = node.next.take();
            if let Some(next) = &lists[i] {
                heap.push(Reverse((next.val, i)));
            }
            *tail = Some(node);
            tail = &mut tail.as_mut().unwrap().next;
        }
        head
    }
}
