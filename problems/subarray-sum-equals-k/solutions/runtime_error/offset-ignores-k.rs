// Runtime error: counts prefix sums in an array with offset 10^7, reasoning
// that k is at most 10^7 in size; but the lookup is prefix - k, which with
// a negative prefix and k = 10^7 falls below 0 (nums = [-1000], k = 10^7):
// the index wraps to a huge usize and is out of bounds.
impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        const OFFSET: i64 = 10_000_000;
        let mut counts = vec![0i32; 2 * OFFSET as usize + 1];
        counts[OFFSET as usize] = 1;
        let (mut sum, mut count) = (0i64, 0);
        for v in nums {
            sum += v as i64;
            count += counts[(sum - k as i64 + OFFSET) as usize];
            counts[(sum + OFFSET) as usize] += 1;
        }
        count
    }
}
