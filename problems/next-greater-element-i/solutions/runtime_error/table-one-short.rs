// Runtime error: a table by value sized 10^4, one short: the value 10^4
// itself is out of bounds.
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let mut next = vec![-1; 10_000];
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
