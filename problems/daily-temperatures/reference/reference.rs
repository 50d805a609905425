// Reference: a monotonic stack of days still waiting for a warmer one, their
// temperatures decreasing from bottom to top. O(n) time.
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0; temperatures.len()];
        let mut waiting: Vec<usize> = Vec::with_capacity(temperatures.len());
        for (i, &t) in temperatures.iter().enumerate() {
            while let Some(&day) = waiting.last() {
                if temperatures[day] >= t {
                    break;
                }
                answer[day] = (i - day) as i32;
                waiting.pop();
            }
            waiting.push(i);
        }
        answer
    }
}
