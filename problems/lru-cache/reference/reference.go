// Reference: hash map from key to node of a circular doubly linked list kept
// in recency order (sentinel.next is the most recent). O(1) per call.

type lruNode struct {
	key, val   int
	prev, next *lruNode
}

type LRUCache struct {
	capacity int
	items    map[int]*lruNode
	sentinel *lruNode
}

func Constructor(capacity int) LRUCache {
	s := &lruNode{}
	s.prev, s.next = s, s
	return LRUCache{capacity: capacity, items: make(map[int]*lruNode), sentinel: s}
}

func (this *LRUCache) unlink(n *lruNode) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (this *LRUCache) pushFront(n *lruNode) {
	n.prev = this.sentinel
	n.next = this.sentinel.next
	this.sentinel.next.prev = n
	this.sentinel.next = n
}

func (this *LRUCache) Get(key int) int {
	n, ok := this.items[key]
	if !ok {
		return -1
	}
	this.unlink(n)
	this.pushFront(n)
	return n.val
}

func (this *LRUCache) Put(key int, value int) {
	if n, ok := this.items[key]; ok {
		n.val = value
		this.unlink(n)
		this.pushFront(n)
		return
	}
	if len(this.items) == this.capacity {
		lru := this.sentinel.prev
		this.unlink(lru)
		delete(this.items, lru.key)
	}
	n := &lruNode{key: key, val: value}
	this.items[key] = n
	this.pushFront(n)
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * obj := Constructor(capacity);
 * param_1 := obj.Get(key);
 * obj.Put(key,value);
 */
