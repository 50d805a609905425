// Runtime error: a sorted buffer sized for 10^4 numbers (a misread
// constraint: there may be 5 * 10^4 calls), indexed past its end.
struct MedianFinder {
    sorted: Vec<i32>,
    len: usize,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { sorted: vec![0; 10_000], len: 0 }
    }

    fn add_num(&mut self, num: i32) {
        let mut i = self.len;
        while i > 0 && self.sorted[i - 1] > num {
            self.sorted[i] = self.sorted[i - 1];
            i -= 1;
        }
        self.sorted[i] = num;
        self.len += 1;
    }

    fn find_median(&self) -> f64 {
        let n = self.len;
        (self.sorted[(n - 1) / 2] as f64 + self.sorted[n / 2] as f64) / 2.0
    }
}
