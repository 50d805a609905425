// Too slow an algorithm: correct, but get_min scans the whole stack, O(n) per
// call. At LeetCode's sizes it fits the time limit; the complexity check
// measures get_min growing as O(n) and rejects it (as it does the C and Go
// versions of the same scan).
struct MinStack {
    stack: Vec<i32>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { stack: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.stack.push(val);
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    fn top(&self) -> i32 {
        *self.stack.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        let mut min = i32::MAX;
        for &v in &self.stack {
            if v < min {
                min = v;
            }
        }
        min
    }
}
