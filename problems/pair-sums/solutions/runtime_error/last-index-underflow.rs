// Runtime error: starts the right pointer at nums.len() - 1, which underflows
// (a panic) on an empty array.
impl Solution {
    pub fn pair_sums(mut nums: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let mut pairs = Vec::new();
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        while lo < hi {
            let sum = nums[lo] as i64 + nums[hi] as i64;
            if sum < target as i64 {
                lo += 1;
            } else if sum > target as i64 {
                hi -= 1;
            } else {
                let (a, b) = (nums[lo], nums[hi]);
                pairs.push(vec![a, b]);
                while lo < hi && nums[lo] == a {
                    lo += 1;
                }
                while lo < hi && nums[hi] == b {
                    hi -= 1;
                }
            }
        }
        pairs
    }
}
