// Wrong answer: moves the input stack onto the output stack on every pop and
// peek, even when the output stack still holds older elements, so newer
// elements jump ahead of them.
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

    fn transfer(&mut self) {
        while let Some(x) = self.input.pop() {
            self.output.push(x);
        }
    }

    fn pop(&mut self) -> i32 {
        self.transfer();
        self.output.pop().unwrap()
    }

    fn peek(&mut self) -> i32 {
        self.transfer();
        *self.output.last().unwrap()
    }

    fn empty(&self) -> bool {
        self.input.is_empty() && self.output.is_empty()
    }
}
