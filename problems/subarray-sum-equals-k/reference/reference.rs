// Reference: counts prefix sums seen so far in a hash map; a subarray ending
// here sums to k when an earlier prefix equals the current prefix minus k.
// The empty prefix (0) is counted once before the first element. O(n).
use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut seen: HashMap<i32, i32> = HashMap::with_capacity(nums.len() + 1);
        seen.insert(0, 1);
        let (mut sum, mut count) = (0i32, 0i32);
        for v in nums {
            sum += v;
            count += seen.get(&(sum - k)).copied().unwrap_or(0);
            *seen.entry(sum).or_insert(0) += 1;
        }
        count
    }
}
