// Reference: a queue of hit times; getHits drops the times that left the
// window, then counts the rest. Each hit enters and leaves once: hit O(1),
// getHits O(1) amortised.
use std::collections::VecDeque;

struct HitCounter {
    times: VecDeque<i32>,
}

impl HitCounter {
    fn new() -> Self {
        HitCounter { times: VecDeque::new() }
    }

    fn hit(&mut self, timestamp: i32) {
        self.times.push_back(timestamp);
    }

    fn get_hits(&mut self, timestamp: i32) -> i32 {
        while self.times.front().is_some_and(|&t| t <= timestamp - 300) {
            self.times.pop_front();
        }
        self.times.len() as i32
    }
}
