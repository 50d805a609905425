// Reference: Vec of values + HashMap value -> slot; remove moves the last
// value into the freed slot. No external crates are available, so getRandom
// uses a small xorshift64* generator seeded from std's RandomState, whose keys
// come from the system RNG (WASI random_get, which the judge seeds per test).
use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

struct RandomizedSet {
    nums: Vec<i32>,
    index: HashMap<i32, usize>,
    rng: u64,
}

impl RandomizedSet {
    fn new() -> Self {
        let seed = RandomState::new().build_hasher().finish();
        RandomizedSet {
            nums: Vec::new(),
            index: HashMap::new(),
            rng: seed | 1, // xorshift state must be non-zero
        }
    }

    fn insert(&mut self, val: i32) -> bool {
        if self.index.contains_key(&val) {
            return false;
        }
        self.index.insert(val, self.nums.len());
        self.nums.push(val);
        true
    }

    fn remove(&mut self, val: i32) -> bool {
        let Some(i) = self.index.remove(&val) else {
            return false;
        };
        let last = self.nums.pop().unwrap();
        if last != val {
            self.nums[i] = last;
            self.index.insert(last, i);
        }
        true
    }

    fn get_random(&mut self) -> i32 {
        // xorshift64*, then multiply-shift onto 0..n: it uses the high bits
        // (the best ones) and its bias is below n / 2^64.
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        let r = self.rng.wrapping_mul(0x2545_F491_4F6C_DD1D);
        let i = (u128::from(r) * self.nums.len() as u128) >> 64;
        self.nums[i as usize]
    }
}
