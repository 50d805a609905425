// Reference: count every value, then pair each distinct value v with
// target - v, computed in i64 (it may not fit in i32). Each pair is reported
// from its smaller value, and [v, v] needs two copies. O(n).
use std::collections::HashMap;

impl Solution {
    pub fn pair_sums(nums: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut count: HashMap<i64, u32> = HashMap::with_capacity(nums.len());
        for &v in &nums {
            *count.entry(v as i64).or_insert(0) += 1;
        }
        let mut pairs = Vec::new();
        for (&v, &c) in &count {
            let w = target as i64 - v;
            if (v < w && count.contains_key(&w)) || (v == w && c >= 2) {
                pairs.push(vec![v as i32, w as i32]);
            }
        }
        pairs
    }
}
