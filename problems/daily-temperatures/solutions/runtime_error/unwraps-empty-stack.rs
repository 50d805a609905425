// Runtime error: compares with the top of the stack before checking that
// there is one, so the very first day panics on `unwrap()` of `None`.
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0; temperatures.len()];
        let mut waiting: Vec<usize> = Vec::new();
        for (i, &t) in temperatures.iter().enumerate() {
            while temperatures[*waiting.last().unwrap()] < t {
                let day = waiting.pop().unwrap();
                answer[day] = (i - day) as i32;
                if waiting.is_empty() {
                    break;
                }
            }
            waiting.push(i);
        }
        answer
    }
}
