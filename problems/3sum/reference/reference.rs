// Reference: sort, then for each first value (skipping repeats) walk two
// pointers over the rest; after a match both skip past copies of their
// value, so each triplet is reported once. O(n^2).
impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let n = nums.len();
        let mut triplets = Vec::new();
        for i in 0..n.saturating_sub(2) {
            if i > 0 && nums[i] == nums[i - 1] {
                continue;
            }
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let sum = nums[i] + nums[lo] + nums[hi];
                if sum < 0 {
                    lo += 1;
                } else if sum > 0 {
                    hi -= 1;
                } else {
                    triplets.push(vec![nums[i], nums[lo], nums[hi]]);
                    let (a, b) = (nums[lo], nums[hi]);
                    while lo < hi && nums[lo] == a {
                        lo += 1;
                    }
                    while lo < hi && nums[hi] == b {
                        hi -= 1;
                    }
                }
            }
        }
        triplets
    }
}
