// Check-then-act across two locked sections: Put decides whether to evict
// under the lock, releases it, and inserts in a second section, so two
// Puts of new keys can both decide there is room.
type LRUCache struct {
	mu     sync.Mutex
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
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.values[key]
	if !ok {
		return -1
	}
	c.touch(key)
	return v
}

func (c *LRUCache) Put(key int, value int) {
	c.mu.Lock()
	_, exists := c.values[key]
	full := len(c.keys) >= c.cap
	c.mu.Unlock()

	c.mu.Lock()
	defer c.mu.Unlock()
	if !exists && full && len(c.keys) > 0 {
		delete(c.values, c.keys[0])
		c.keys = c.keys[1:]
	}
	c.values[key] = value
	c.touch(key)
}
