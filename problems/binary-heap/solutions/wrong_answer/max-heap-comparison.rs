// Wrong answer: the comparisons are the wrong way round, so this is a
// max-heap: peek and pop return the largest element.
struct MinHeap {
    a: Vec<i32>,
}

impl MinHeap {
    fn new() -> Self {
        MinHeap { a: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.a.push(val);
        let mut i = self.a.len() - 1;
        while i > 0 && self.a[(i - 1) / 2] < self.a[i] {
            self.a.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    fn pop(&mut self) -> i32 {
        let top = self.a.swap_remove(0);
        let n = self.a.len();
        let mut i = 0;
        loop {
            let mut m = i;
            for c in [2 * i + 1, 2 * i + 2] {
                if c < n && self.a[c] > self.a[m] {
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
        self.a.len() as i32
    }
}
