// Reference: a stack of expected closers. O(n) time, O(n) memory.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut expect: Vec<u8> = Vec::with_capacity(s.len());
        for c in s.bytes() {
            match c {
                b'(' => expect.push(b')'),
                b'[' => expect.push(b']'),
                b'{' => expect.push(b'}'),
                _ => {
                    if expect.pop() != Some(c) {
                        return false;
                    }
                }
            }
        }
        expect.is_empty()
    }
}
