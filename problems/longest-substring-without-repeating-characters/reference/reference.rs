// Reference: a sliding window [start, i]; the last position of each byte
// moves start just past an earlier copy of s[i] inside the window. O(n).
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [usize::MAX; 256];
        let (mut best, mut start) = (0, 0);
        for (i, &c) in s.as_bytes().iter().enumerate() {
            let seen = last[c as usize];
            if seen != usize::MAX && seen >= start {
                start = seen + 1;
            }
            last[c as usize] = i;
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
