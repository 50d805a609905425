// Accepted: the O(1)-extra-space trick. The stack stores val - min (before
// the push) and a single `min` field; a negative entry means "this push set a
// new minimum", and popping it recovers the previous minimum as min - entry.
// Differences of two i32 values need 33 bits, so they are stored as i64
// (with i32 they overflow on tests/04-extreme-values.txt; see
// wrong_answer/diff-encoding-int32-overflow.c). Uses `&mut self`.
struct MinStack {
    diffs: Vec<i64>,
    min: i64,
}

impl MinStack {
    fn new() -> Self {
        MinStack { diffs: Vec::new(), min: 0 }
    }

    fn push(&mut self, val: i32) {
        let val = val as i64;
        if self.diffs.is_empty() {
            self.diffs.push(0);
            self.min = val;
        } else {
            self.diffs.push(val - self.min);
            if val < self.min {
                self.min = val;
            }
        }
    }

    fn pop(&mut self) {
        let d = self.diffs.pop().unwrap();
        if d < 0 {
            self.min -= d;
        }
    }

    fn top(&self) -> i32 {
        let d = *self.diffs.last().unwrap();
        if d < 0 {
            self.min as i32
        } else {
            (self.min + d) as i32
        }
    }

    fn get_min(&self) -> i32 {
        self.min as i32
    }
}
