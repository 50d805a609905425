// Reference: two stacks. push goes on `input`; pop and peek read `output`,
// which is refilled from `input` (reversing it, so the oldest element is on
// top) only when it is empty. Each element moves once: amortised O(1) per
// call. peek refills too, so it takes `&mut self`.
struct MyQueue {
    input: Vec<i32>,
    output: Vec<i32>,
}

impl MyQueue {
    fn new() -> Self {
        MyQueue { input: Vec::new(), output: Vec::new() }
    }

    fn push(&mut self, x: i32) {
        self.input.push(x);
    }

    fn refill(&mut self) {
        if self.output.is_empty() {
            while let Some(x) = self.input.pop() {
                self.output.push(x);
            }
        }
    }

    fn pop(&mut self) -> i32 {
        self.refill();
        self.output.pop().unwrap()
    }

    fn peek(&mut self) -> i32 {
        self.refill();
        *self.output.last().unwrap()
    }

    fn empty(&self) -> bool {
        self.input.is_empty() && self.output.is_empty()
    }
}
