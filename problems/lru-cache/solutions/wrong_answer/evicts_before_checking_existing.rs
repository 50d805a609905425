// Wrong answer: put() checks "cache full?" before "key already present?", so
// updating an existing key while the cache is full needlessly evicts the least
// recently used entry (another key), which later reads miss.
use std::collections::{HashMap, VecDeque};

struct LRUCache {
    capacity: usize,
    map: HashMap<i32, i32>,
    // Recency order with lazy deletion: (key, stamp); only the newest stamp
    // of a key counts.
    order: VecDeque<(i32, u64)>,
    stamp: HashMap<i32, u64>,
    tick: u64,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache {
            capacity: capacity as usize,
            map: HashMap::new(),
            order: VecDeque::new(),
            stamp: HashMap::new(),
            tick: 0,
        }
    }

    fn touch(&mut self, key: i32) {
        self.tick += 1;
        self.stamp.insert(key, self.tick);
        self.order.push_back((key, self.tick));
    }

    fn evict(&mut self) {
        while let Some((k, t)) = self.order.pop_front() {
            if self.stamp.get(&k) == Some(&t) {
                self.stamp.remove(&k);
                self.map.remove(&k);
                return;
            }
        }
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.map.get(&key).copied() {
            Some(v) => {
                self.touch(key);
                v
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        // BUG: should only evict when `key` is new.
        if self.map.len() == self.capacity {
            self.evict();
        }
        self.map.insert(key, value);
        self.touch(key);
    }
}
