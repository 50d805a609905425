// RWMutex made "safe" the wrong way: Get takes only the read lock and so
// does not move the key to the front, since readers must not write. No
// race, but a hit no longer refreshes the key: wrong even called from one
// goroutine (LeetCode 146's sequential specification), so the key read
// just before a Put is the one it evicts.
type LRUCache struct {
	mu     sync.RWMutex
	cap    int
	keys   []int
	values map[int]int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{cap: capacity, values: map[int]int{}}
}

func (c *LRUCache) touch(key int) {
	kept := []int{}
	for _, k := range c.keys {
		if k != key {
			kept = append(kept, k)
		}
	}
	c.keys = append(kept, key)
}

func (c *LRUCache) Get(key int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.values[key]
	if !ok {
		return -1
	}
	return v
}

func (c *LRUCache) Put(key int, value int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.values[key]; !ok && len(c.keys) >= c.cap {
		delete(c.values, c.keys[0])
		c.keys = c.keys[1:]
	}
	c.values[key] = value
	c.touch(key)
}
