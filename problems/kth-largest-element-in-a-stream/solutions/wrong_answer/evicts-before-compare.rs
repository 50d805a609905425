// Wrong answer: when the heap is full it drops the root before looking at the
// new value, so a value smaller than the k-th largest still evicts it.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut heap = BinaryHeap::new();
        for x in nums {
            heap.push(Reverse(x));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        KthLargest { k: k as usize, heap }
    }

    fn add(&mut self, val: i32) -> i32 {
        if self.heap.len() == self.k {
            self.heap.pop();
        }
        self.heap.push(Reverse(val));
        self.heap.peek().unwrap().0
    }
}
