// Accepted: count, then sort the distinct values by count, highest first.
// O(n + d log d).
use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, usize> = HashMap::new();
        for v in nums {
            *count.entry(v).or_default() += 1;
        }
        let mut by_count: Vec<(usize, i32)> = count.into_iter().map(|(v, c)| (c, v)).collect();
        by_count.sort_unstable_by(|a, b| b.cmp(a));
        by_count.into_iter().take(k as usize).map(|(_, v)| v).collect()
    }
}
