// Reference: a min-heap (BinaryHeap of Reverse) of the k largest numbers;
// its top is the answer. O(log k) per add.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut this = KthLargest { k: k as usize, heap: BinaryHeap::with_capacity(k as usize + 1) };
        for x in nums {
            this.add(x);
        }
        this
    }

    fn add(&mut self, val: i32) -> i32 {
        if self.heap.len() < self.k {
            self.heap.push(Reverse(val));
        } else if let Some(mut top) = self.heap.peek_mut() {
            if val > top.0 {
                *top = Reverse(val);
            }
        }
        self.heap.peek().unwrap().0
    }
}
