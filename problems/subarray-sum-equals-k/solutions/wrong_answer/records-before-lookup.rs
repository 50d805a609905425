// Wrong answer: records the current prefix before looking up prefix - k, so
// with k = 0 every position matches itself (the empty subarray):
// nums = [1,2,3], k = 0 gives 3 instead of 0.
use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut seen = HashMap::from([(0, 1)]);
        let (mut sum, mut count) = (0, 0);
        for v in nums {
            sum += v;
            *seen.entry(sum).or_insert(0) += 1;
            count += seen.get(&(sum - k)).copied().unwrap_or(0);
        }
        count
    }
}
