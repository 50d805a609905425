// Reference: count with a map, then keep the k most frequent values in a
// min-heap of (count, value) of size k. O(n log k).
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, u32> = HashMap::new();
        for &v in &nums {
            *count.entry(v).or_insert(0) += 1;
        }
        let k = k.max(0) as usize;
        let mut heap = BinaryHeap::with_capacity(k + 1);
        for (&v, &c) in &count {
            heap.push(Reverse((c, v)));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.into_iter().map(|Reverse((_, v))| v).collect()
    }
}
