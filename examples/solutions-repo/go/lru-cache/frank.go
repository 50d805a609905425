// Runtime error: Constructor never initialises the map, so the first Put
// writes to a nil map and Go panics ("assignment to entry in nil map").

type node struct {
	key, val   int
	prev, next *node
}

type LRUCache struct {
	capacity   int
	nodes      map[int]*node
	head, tail *node
}

func Constructor(capacity int) LRUCache {
	head, tail := &node{}, &node{}
	head.next, tail.prev = tail, head
	return LRUCache{capacity: capacity, head: head, tail: tail} // BUG: nodes is nil
}

func (this *LRUCache) unlink(n *node) { n.prev.next, n.next.prev = n.next, n.prev }

func (this *LRUCache) pushFront(n *node) {
	n.prev, n.next = this.head, this.head.next
	this.head.next.prev = n
	this.head.next = n
}

func (this *LRUCache) Get(key int) int {
	if n, ok := this.nodes[key]; ok { // reading a nil map is fine...
		this.unlink(n)
		this.pushFront(n)
		return n.val
	}
	return -1
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
	this.nodes[key] = n // ...but writing one panics
	this.pushFront(n)
}
