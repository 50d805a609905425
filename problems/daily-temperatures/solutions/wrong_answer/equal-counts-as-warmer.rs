// Wrong answer: pops days whose temperature is lower *or equal*, so a day
// followed by the same temperature gets that day as its "warmer" one.
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0; temperatures.len()];
        let mut waiting: Vec<usize> = Vec::new();
        for (i, &t) in temperatures.iter().enumerate() {
            while let Some(&day) = waiting.last() {
                if temperatures[day] > t {
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
