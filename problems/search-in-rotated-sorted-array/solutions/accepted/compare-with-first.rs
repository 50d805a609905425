// Accepted: compares everything with nums[0] to tell the two sorted runs
// apart; a value in the other run than the target counts as -inf or +inf,
// so one plain binary search is enough.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0i64, nums.len() as i64 - 1);
        let target_in_left = target >= nums[0];
        while lo <= hi {
            let mid = (lo + hi) / 2;
            let v = nums[mid as usize];
            let key = if (v >= nums[0]) == target_in_left {
                v as i64
            } else if target_in_left {
                i64::MAX
            } else {
                i64::MIN
            };
            if key == target as i64 {
                return mid as i32;
            }
            if key < target as i64 {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
