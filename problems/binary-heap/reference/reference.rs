// Reference: the heap in a Vec; children of i at 2i+1 and 2i+2. push sifts
// the new element up, pop moves the last element to the root and sifts it
// down: O(log n). peek and size are O(1).
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
        while i > 0 && self.a[(i - 1) / 2] > self.a[i] {
            self.a.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    fn pop(&mut self) -> i32 {
        let top = self.a.swap_remove(0);
        let n = self.a.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < n && self.a[l] < self.a[m] {
                m = l;
            }
            if r < n && self.a[r] < self.a[m] {
                m = r;
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
