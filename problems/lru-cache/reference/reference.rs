// Reference: HashMap from key to a slot in a Vec-backed doubly linked list
// (indices instead of pointers). Slot 0 is the sentinel; sentinel.next is the
// most recently used entry. O(1) per call.
use std::collections::HashMap;

struct Slot {
    key: i32,
    val: i32,
    prev: usize,
    next: usize,
}

struct LRUCache {
    capacity: usize,
    map: HashMap<i32, usize>,
    slots: Vec<Slot>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache {
            capacity: capacity as usize,
            map: HashMap::new(),
            slots: vec![Slot { key: 0, val: 0, prev: 0, next: 0 }],
        }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.slots[i].prev, self.slots[i].next);
        self.slots[p].next = n;
        self.slots[n].prev = p;
    }

    fn push_front(&mut self, i: usize) {
        let first = self.slots[0].next;
        self.slots[i].prev = 0;
        self.slots[i].next = first;
        self.slots[first].prev = i;
        self.slots[0].next = i;
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.map.get(&key) {
            None => -1,
            Some(&i) => {
                self.unlink(i);
                self.push_front(i);
                self.slots[i].val
            }
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&i) = self.map.get(&key) {
            self.slots[i].val = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.map.len() == self.capacity {
            // Reuse the least recently used slot.
            let lru = self.slots[0].prev;
            self.unlink(lru);
            let old = self.slots[lru].key;
            self.map.remove(&old);
            lru
        } else {
            self.slots.push(Slot { key: 0, val: 0, prev: 0, next: 0 });
            self.slots.len() - 1
        };
        self.slots[i].key = key;
        self.slots[i].val = value;
        self.map.insert(key, i);
        self.push_front(i);
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * let obj = LRUCache::new(capacity);
 * let ret_1: i32 = obj.get(key);
 * obj.put(key, value);
 */
