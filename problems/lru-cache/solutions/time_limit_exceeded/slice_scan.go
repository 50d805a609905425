// Time limit exceeded: correct, but the recency order is a slice of keys that
// is searched and re-sliced on every call, so each get/put costs O(capacity);
// about 10^9 steps with capacity 10^4 and 2*10^5 calls.

type LRUCache struct {
	capacity int
	keys     []int // least recent first
	values   map[int]int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, values: map[int]int{}}
}

func (this *LRUCache) touch(key int) {
	for i, k := range this.keys {
		if k == key {
			this.keys = append(this.keys[:i], this.keys[i+1:]...)
			break
		}
	}
	this.keys = append(this.keys, key)
}

func (this *LRUCache) Get(key int) int {
	v, ok := this.values[key]
	if !ok {
		return -1
	}
	this.touch(key)
	return v
}

func (this *LRUCache) Put(key int, value int) {
	if _, ok := this.values[key]; !ok && len(this.values) == this.capacity {
		delete(this.values, this.keys[0])
		this.keys = this.keys[1:]
	}
	this.values[key] = value
	this.touch(key)
}
