// Reference: one Vec of (value, minimum of the stack up to and including this
// value). push stores min(val, previous minimum); pop, top and get_min only
// touch the last entry: O(1) per call (amortized for push).
struct MinStack {
    stack: Vec<(i32, i32)>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { stack: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        let min = match self.stack.last() {
            Some(&(_, m)) if m < val => m,
            _ => val,
        };
        self.stack.push((val, min));
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    fn top(&self) -> i32 {
        self.stack.last().unwrap().0
    }

    fn get_min(&self) -> i32 {
        self.stack.last().unwrap().1
    }
}
