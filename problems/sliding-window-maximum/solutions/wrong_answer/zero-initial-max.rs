// Wrong answer: starts each window's maximum at 0, so a window of negative
// numbers reports 0 (nums = [-1,-2,-3,-4], k = 3). Otherwise a correct
// block prefix/suffix maximum, O(n).
impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let (n, k) = (nums.len(), k as usize);
        let mut left = vec![0; n];
        let mut right = vec![0; n];
        let mut best = 0;
        for i in 0..n {
            if i % k == 0 {
                best = 0;
            }
            best = best.max(nums[i]);
            left[i] = best;
        }
        best = 0;
        for i in (0..n).rev() {
            if (i + 1) % k == 0 || i == n - 1 {
                best = 0;
            }
            best = best.max(nums[i]);
            right[i] = best;
        }
        (0..=n - k).map(|i| right[i].max(left[i + k - 1])).collect()
    }
}
