impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        0
    }
}
