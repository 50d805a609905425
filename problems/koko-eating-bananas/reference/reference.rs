// Reference: binary search on the speed k in [1, max pile]; a speed works if
// the hours, ceil(p / k) summed over the piles, are at most h. The sum is
// 64-bit: it reaches 10^13 at k = 1. O(n log M).
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let (mut lo, mut hi) = (1i64, piles.iter().copied().max().unwrap_or(1) as i64);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let hours: i64 = piles.iter().map(|&p| (p as i64 + mid - 1) / mid).sum();
            if hours <= h as i64 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo as i32
    }
}
