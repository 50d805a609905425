// Accepted: divide and conquer with a queue of lists (merge the first two,
// push the result to the back) and an iterative two-list merge: O(N log k).
use std::collections::VecDeque;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut queue: VecDeque<Option<Box<ListNode>>> = lists.into_iter().collect();
        while queue.len() > 1 {
            let a = queue.pop_front().unwrap();
            let b = queue.pop_front().unwrap();
            queue.push_back(Self::merge_two(a, b));
        }
        queue.pop_front().flatten()
    }

    fn merge_two(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head = Box::new(ListNode::new(0));
        let mut tail = &mut head;
        loop {
            let take_a = match (&a, &b) {
                (Some(x), Some(y)) => x.val <= y.val,
                _ => break,
            };
            let src = if take_a { &mut a } else { &mut b };
            let mut node = src.take().unwrap();
            *src = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if a.is_some() { a } else { b };
        head.next
    }
}
