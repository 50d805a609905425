// Reference: the lower half in a max-heap, the upper half in a min-heap, the
// lower holding the extra number when the count is odd. add_num is
// O(log n); the median is read from the tops in O(1).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    lower: BinaryHeap<i32>,
    upper: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder {
            lower: BinaryHeap::new(),
            upper: BinaryHeap::new(),
        }
    }

    fn add_num(&mut self, num: i32) {
        self.lower.push(num);
        if let Some(top) = self.lower.pop() {
            self.upper.push(Reverse(top));
        }
        if self.upper.len() > self.lower.len() {
            if let Some(Reverse(low)) = self.upper.pop() {
                self.lower.push(low);
            }
        }
    }

    fn find_median(&self) -> f64 {
        let low = self.lower.peek().copied().unwrap_or(0) as f64;
        if self.lower.len() > self.upper.len() {
            return low;
        }
        let high = self.upper.peek().map(|r| r.0).unwrap_or(0) as f64;
        (low + high) / 2.0
    }
}
