// Runtime error: a table of 26 entries indexed by `c - b'a'`, as if the
// string held only lowercase letters; a space or an uppercase letter
// underflows (a panic, or a huge index out of bounds).
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [-1i32; 26];
        let (mut best, mut start) = (0, 0);
        for (i, &c) in s.as_bytes().iter().enumerate() {
            let at = (c - b'a') as usize;
            if last[at] >= start {
                start = last[at] + 1;
            }
            last[at] = i as i32;
            best = best.max(i as i32 - start + 1);
        }
        best
    }
}
