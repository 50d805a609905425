// A hand-rolled spin lock: a goroutine waiting for the lock polls a flag
// instead of blocking, so it can spin forever while the holder never runs.
type LRUCache struct {
	locked int32
	cap    int
	keys   []int
	values map[int]int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{cap: capacity, values: map[int]int{}}
}

func (c *LRUCache) lock() {
	for !atomic.CompareAndSwapInt32(&c.locked, 0, 1) {
	}
}

func (c *LRUCache) unlock() {
	atomic.StoreInt32(&c.locked, 0)
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
	c.lock()
	defer c.unlock()
	v, ok := c.values[key]
	if !ok {
		return -1
	}
	c.touch(key)
	return v
}

func (c *LRUCache) Put(key int, value int) {
	c.lock()
	defer c.unlock()
	if _, ok := c.values[key]; !ok && len(c.keys) >= c.cap {
		delete(c.values, c.keys[0])
		c.keys = c.keys[1:]
	}
	c.values[key] = value
	c.touch(key)
}
