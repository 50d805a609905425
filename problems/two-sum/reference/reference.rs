// Reference: one pass with a map from each value seen to its index; the
// partner of nums[i] is target - nums[i]. O(n) expected time.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen: HashMap<i32, i32> = HashMap::with_capacity(nums.len());
        for (i, &v) in nums.iter().enumerate() {
            // i64: target - v reaches 2 * 10^9, past i32.
            let want = target as i64 - v as i64;
            if let Ok(want) = i32::try_from(want) {
                if let Some(&j) = seen.get(&want) {
                    return vec![j, i as i32];
                }
            }
            seen.insert(v, i as i32);
        }
        vec![]
    }
}
