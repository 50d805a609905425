// Wrong answer: Get returns the right value but does not move the key to the
// front, so a key that was just read can still be evicted as "least recently
// used" (LeetCode's own example catches this: get(1) must save key 1).

type node struct {
	key, val   int
	prev, next *node
}

type LRUCache struct {
	cap        int
	m          map[int]*node
	head, tail *node // sentinels: head.next is the most recent
}

func Constructor(capacity int) LRUCache {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return LRUCache{cap: capacity, m: map[int]*node{}, head: h, tail: t}
}

func (this *LRUCache) remove(n *node) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (this *LRUCache) addFront(n *node) {
	n.prev, n.next = this.head, this.head.next
	this.head.next.prev = n
	this.head.next = n
}

func (this *LRUCache) Get(key int) int {
	if n, ok := this.m[key]; ok {
		return n.val // BUG: recency is not refreshed
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if n, ok := this.m[key]; ok {
		n.val = value
		this.remove(n)
		this.addFront(n)
		return
	}
	if len(this.m) == this.cap {
		lru := this.tail.prev
		this.remove(lru)
		delete(this.m, lru.key)
	}
	n := &node{key: key, val: value}
	this.m[key] = n
	this.addFront(n)
}
