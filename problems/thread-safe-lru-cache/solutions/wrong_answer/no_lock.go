// No lock at all: a map of values and a slice of keys in recency order,
// updated by several goroutines at once.
type LRUCache struct {
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
	v, ok := c.values[key]
	if !ok {
		return -1
	}
	c.touch(key)
	return v
}

func (c *LRUCache) Put(key int, value int) {
	if _, ok := c.values[key]; !ok && len(c.keys) >= c.cap {
		oldest := c.keys[0]
		c.keys = c.keys[1:]
		delete(c.values, oldest)
	}
	c.values[key] = value
	c.touch(key)
}
