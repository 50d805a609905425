// Runtime error: reports a window for every start index, including those
// whose window runs past the end: `nums[i + k - 1]` is out of bounds.
impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut out = Vec::new();
        let mut window = std::collections::VecDeque::new();
        for i in 0..nums.len() {
            if i == 0 {
                for j in 0..k - 1 {
                    while window.back().is_some_and(|&b: &usize| nums[b] <= nums[j]) {
                        window.pop_back();
                    }
                    window.push_back(j);
                }
            }
            let j = i + k - 1;
            while window.back().is_some_and(|&b: &usize| nums[b] <= nums[j]) {
                window.pop_back();
            }
            window.push_back(j);
            if window[0] < i {
                window.pop_front();
            }
            out.push(nums[window[0]]);
        }
        out
    }
}
