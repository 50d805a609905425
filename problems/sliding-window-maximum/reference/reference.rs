// Reference: a monotonic deque of indices whose values fall from front to
// back; the front is the window's maximum. Each index enters and leaves once:
// O(n).
use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut window: VecDeque<usize> = VecDeque::with_capacity(k);
        let mut out = Vec::with_capacity(nums.len() + 1 - k);
        for (i, &v) in nums.iter().enumerate() {
            if window.front().is_some_and(|&front| front + k <= i) {
                window.pop_front();
            }
            while window.back().is_some_and(|&back| nums[back] <= v) {
                window.pop_back();
            }
            window.push_back(i);
            if i + 1 >= k {
                out.push(nums[window[0]]);
            }
        }
        out
    }
}
