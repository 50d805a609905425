// Wrong: counts by sorting and measuring runs of equal values, but only
// records a run when the next value differs, so the last run is never
// counted: [1] gives nothing, and the largest value is always missing.
impl Solution {
    pub fn top_k_frequent(mut nums: Vec<i32>, k: i32) -> Vec<i32> {
        nums.sort_unstable();
        let mut runs: Vec<(usize, i32)> = Vec::new();
        let mut start = 0;
        for i in 1..nums.len() {
            if nums[i] != nums[i - 1] {
                runs.push((i - start, nums[i - 1]));
                start = i;
            }
        }
        runs.sort_unstable_by(|a, b| b.cmp(a));
        runs.into_iter().take(k as usize).map(|(_, v)| v).collect()
    }
}
