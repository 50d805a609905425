// Accepted: keeps LeetCode's `&self` receivers from the template and uses
// interior mutability (RefCell). A timestamp per key plus a BTreeMap ordered
// by timestamp gives O(log n) per call, well within the limits.
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

struct Inner {
    tick: u64,
    values: HashMap<i32, (i32, u64)>, // key -> (value, last use)
    by_time: BTreeMap<u64, i32>,      // last use -> key
}

struct LRUCache {
    capacity: usize,
    inner: RefCell<Inner>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache {
            capacity: capacity as usize,
            inner: RefCell::new(Inner { tick: 0, values: HashMap::new(), by_time: BTreeMap::new() }),
        }
    }

    fn get(&self, key: i32) -> i32 {
        let mut inner = self.inner.borrow_mut();
        inner.tick += 1;
        let now = inner.tick;
        let (value, old) = match inner.values.get(&key) {
            Some(&v) => v,
            None => return -1,
        };
        inner.by_time.remove(&old);
        inner.by_time.insert(now, key);
        inner.values.insert(key, (value, now));
        value
    }

    fn put(&self, key: i32, value: i32) {
        let mut inner = self.inner.borrow_mut();
        inner.tick += 1;
        let now = inner.tick;
        if let Some(&(_, old)) = inner.values.get(&key) {
            inner.by_time.remove(&old);
        } else if inner.values.len() == self.capacity {
            let (&oldest, &victim) = inner.by_time.iter().next().unwrap();
            inner.by_time.remove(&oldest);
            inner.values.remove(&victim);
        }
        inner.by_time.insert(now, key);
        inner.values.insert(key, (value, now));
    }
}
