impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        0
    }
}
