// Accepted: a table from value (0..=10^4) to next greater value, filled by
// the monotonic stack over nums2.
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let mut next = vec![-1; 10_001];
        let mut stack: Vec<i32> = Vec::new();
        for &v in &nums2 {
            while stack.last().is_some_and(|&top| top < v) {
                next[stack.pop().unwrap() as usize] = v;
            }
            stack.push(v);
        }
        nums1.into_iter().map(|x| next[x as usize]).collect()
    }
}
