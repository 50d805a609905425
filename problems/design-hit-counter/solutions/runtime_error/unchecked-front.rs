// Runtime error: drops expired hits while `times[0]` is old, without
// checking that the queue is not empty: once every hit has expired,
// `times[0]` is out of bounds.
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
        while self.times[0] <= timestamp - 300 {
            self.times.pop_front();
        }
        self.times.len() as i32
    }
}
