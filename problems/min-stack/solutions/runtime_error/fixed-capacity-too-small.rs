// Runtime error: preallocates room for only 10^4 elements, a third of the
// deepest stack LeetCode's 3 * 10^4 calls allow, and indexes it directly.
// The large generated tests push more than that, so `self.vals[self.len]`
// panics with "index out of bounds", which aborts the WebAssembly module (a
// trap).
const CAP: usize = 10_000;

struct MinStack {
    vals: Vec<i32>,
    mins: Vec<i32>,
    len: usize,
}

impl MinStack {
    fn new() -> Self {
        MinStack { vals: vec![0; CAP], mins: vec![0; CAP], len: 0 }
    }

    fn push(&mut self, val: i32) {
        let m = if self.len == 0 { val } else { val.min(self.mins[self.len - 1]) };
        self.vals[self.len] = val; // BUG: panics once len reaches CAP
        self.mins[self.len] = m;
        self.len += 1;
    }

    fn pop(&mut self) {
        self.len -= 1;
    }

    fn top(&self) -> i32 {
        self.vals[self.len - 1]
    }

    fn get_min(&self) -> i32 {
        self.mins[self.len - 1]
    }
}
