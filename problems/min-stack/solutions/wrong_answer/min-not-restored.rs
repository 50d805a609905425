// Wrong answer: keeps the stack and one `min` field updated on push, but pop
// never recomputes it, so after popping the minimum getMin still reports the
// popped value (LeetCode's example: -3 instead of -2 after the pop).
struct MinStack {
    stack: Vec<i32>,
    min: i32,
}

impl MinStack {
    fn new() -> Self {
        MinStack { stack: Vec::new(), min: i32::MAX }
    }

    fn push(&mut self, val: i32) {
        self.stack.push(val);
        if val < self.min {
            self.min = val;
        }
    }

    fn pop(&mut self) {
        self.stack.pop(); // BUG: the minimum may have just been popped
    }

    fn top(&self) -> i32 {
        *self.stack.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        self.min
    }
}
