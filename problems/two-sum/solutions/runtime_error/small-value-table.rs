// Runtime error: a direct-address table that assumes |nums[i]| <= 1000
// (true of the examples) indexes far out of bounds at 10^9.
impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = vec![-1i32; 2001];
        for (i, &v) in nums.iter().enumerate() {
            let want = target - v;
            if (-1000..=1000).contains(&want) && seen[(want + 1000) as usize] >= 0 {
                return vec![seen[(want + 1000) as usize], i as i32];
            }
            seen[(v + 1000) as usize] = i as i32;
        }
        vec![]
    }
}
