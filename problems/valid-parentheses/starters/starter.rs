impl Solution {
    pub fn is_valid(s: String) -> bool {
        false
    }
}
