// RWMutex used where it is not correct: Get takes only the read lock, but
// a hit reorders the recency list, so two Gets write it at once and one
// refresh can be lost (a data race; sequentially it is right). Test
// 05-read-refresh-evicts catches the lost refresh: the key read just before
// a Put is evicted by it.
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
	c.touch(key)
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
