// Accepted: two heaps balanced after each insertion by comparing with the
// tops first (the other common form). O(log n) addNum, O(1) findMedian.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    small: BinaryHeap<i32>,
    large: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { small: BinaryHeap::new(), large: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        match self.small.peek() {
            Some(&top) if num > top => self.large.push(Reverse(num)),
            _ => self.small.push(num),
        }
        if self.small.len() > self.large.len() + 1 {
            let v = self.small.pop().unwrap();
            self.large.push(Reverse(v));
        } else if self.large.len() > self.small.len() {
            let Reverse(v) = self.large.pop().unwrap();
            self.small.push(v);
        }
    }

    fn find_median(&self) -> f64 {
        let a = *self.small.peek().unwrap() as f64;
        if self.small.len() > self.large.len() {
            a
        } else {
            (a + self.large.peek().unwrap().0 as f64) / 2.0
        }
    }
}
