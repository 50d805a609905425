// LeetCode 146 (LRU Cache), exactly as it would be pasted into LeetCode: no
// package line, no main. A hand-rolled doubly linked list with sentinels and a
// map from key to node; every operation is O(1).
//
//   judge submit lru-cache examples/lru_cache.go

type node struct {
	key, val   int
	prev, next *node
}

type LRUCache struct {
	capacity   int
	nodes      map[int]*node
	head, tail *node // sentinels: head.next is the most recently used
}

func Constructor(capacity int) LRUCache {
	head, tail := &node{}, &node{}
	head.next, tail.prev = tail, head
	return LRUCache{capacity: capacity, nodes: make(map[int]*node), head: head, tail: tail}
}

func (this *LRUCache) unlink(n *node) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (this *LRUCache) pushFront(n *node) {
	n.prev, n.next = this.head, this.head.next
	this.head.next.prev = n
	this.head.next = n
}

func (this *LRUCache) Get(key int) int {
	n, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.unlink(n)
	this.pushFront(n)
	return n.val
}

func (this *LRUCache) Put(key int, value int) {
	if n, ok := this.nodes[key]; ok {
		n.val = value
		this.unlink(n)
		this.pushFront(n)
		return
	}
	if len(this.nodes) == this.capacity {
		lru := this.tail.prev
		this.unlink(lru)
		delete(this.nodes, lru.key)
	}
	n := &node{key: key, val: value}
	this.nodes[key] = n
	this.pushFront(n)
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * obj := Constructor(capacity);
 * param_1 := obj.Get(key);
 * obj.Put(key,value);
 */
