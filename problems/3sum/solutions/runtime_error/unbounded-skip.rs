// Runtime error: after a match, skips repeats with nums[lo] == nums[lo + 1]
// without checking lo + 1 < hi, and reads past the end on [0,0,0].
impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let n = nums.len();
        let mut triplets = Vec::new();
        for i in 0..n - 2 {
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
                    while nums[lo] == nums[lo + 1] {
                        lo += 1;
                    }
                    while nums[hi] == nums[hi - 1] {
                        hi -= 1;
                    }
                    lo += 1;
                    hi -= 1;
                }
            }
        }
        triplets
    }
}
