// Runtime error: finds the rotation point, then searches the half that holds
// the target with inclusive usize bounds. When the array is not rotated
// (pivot 0) and the target is smaller than every value, the left "half" ends
// at `pivot - 1`, which underflows: a panic, or in a build without overflow
// checks hi = usize::MAX and an out-of-bounds index.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] > nums[hi] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let pivot = lo;
        let (mut lo, mut hi) = if target >= nums[pivot] && target <= nums[nums.len() - 1] {
            (pivot, nums.len() - 1)
        } else {
            (0, pivot - 1)
        };
        while lo <= hi {
            let mid = (lo + hi) / 2;
            if nums[mid] == target {
                return mid as i32;
            }
            if nums[mid] < target {
                lo = mid + 1;
            } else if mid == 0 {
                break;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
