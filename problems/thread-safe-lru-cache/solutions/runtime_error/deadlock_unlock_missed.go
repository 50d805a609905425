// Deadlock: Get returns early on a miss without releasing the lock, so the
// next call of any goroutine blocks forever.
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
	v, ok := c.values[key]
	if !ok {
		return -1
	}
	c.touch(key)
	c.mu.Unlock()
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
