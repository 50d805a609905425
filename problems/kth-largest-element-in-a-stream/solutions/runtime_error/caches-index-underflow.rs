// Runtime error: sorts nums in the constructor and reads nums[len - k] to
// cache the current answer; when nums holds only k-1 numbers (allowed:
// k <= nums.length + 1) the index underflows and the program panics.
struct KthLargest {
    k: usize,
    top: Vec<i32>,
}

impl KthLargest {
    fn new(k: i32, mut nums: Vec<i32>) -> Self {
        nums.sort();
        let k = k as usize;
        let threshold = nums[nums.len() - k];
        let top: Vec<i32> = nums.into_iter().filter(|&x| x >= threshold).collect();
        KthLargest { k, top }
    }

    fn add(&mut self, val: i32) -> i32 {
        let pos = self.top.partition_point(|&x| x < val);
        self.top.insert(pos, val);
        self.top[self.top.len() - self.k]
    }
}
