// Reference: one pass over nums2 with a stack of values still waiting for a
// greater one (falling from bottom to top); a value pops every smaller
// waiting value and is its answer. A map keeps the answers for nums1.
// O(nums1.length + nums2.length).
use std::collections::HashMap;

impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let mut next = HashMap::with_capacity(nums2.len());
        let mut stack: Vec<i32> = Vec::with_capacity(nums2.len());
        for &v in &nums2 {
            while let Some(&top) = stack.last() {
                if top >= v {
                    break;
                }
                next.insert(top, v);
                stack.pop();
            }
            stack.push(v);
        }
        nums1.iter().map(|x| *next.get(x).unwrap_or(&-1)).collect()
    }
}
