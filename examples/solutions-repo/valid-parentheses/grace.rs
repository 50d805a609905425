// A stack of the closers still expected.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut want = Vec::new();
        for c in s.chars() {
            match c {
                '(' => want.push(')'),
                '[' => want.push(']'),
                '{' => want.push('}'),
                _ if want.pop() != Some(c) => return false,
                _ => {}
            }
        }
        want.is_empty()
    }
}
