// Runtime error: a heap in a fixed array of 4096 slots; the large tests hold
// tens of thousands of elements, so indexing past the end panics.
struct MinHeap {
    a: [i32; 4096],
    n: usize,
}

impl MinHeap {
    fn new() -> Self {
        MinHeap { a: [0; 4096], n: 0 }
    }

    fn push(&mut self, val: i32) {
        let mut i = self.n;
        self.a[i] = val;
        self.n += 1;
        while i > 0 && self.a[(i - 1) / 2] > self.a[i] {
            self.a.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    fn pop(&mut self) -> i32 {
        let top = self.a[0];
        self.n -= 1;
        self.a[0] = self.a[self.n];
        let mut i = 0;
        loop {
            let mut m = i;
            for c in [2 * i + 1, 2 * i + 2] {
                if c < self.n && self.a[c] < self.a[m] {
                    m = c;
                }
            }
            if m == i {
                break;
            }
            self.a.swap(i, m);
            i = m;
        }
        top
    }

    fn peek(&self) -> i32 {
        self.a[0]
    }

    fn size(&self) -> i32 {
        self.n as i32
    }
}
