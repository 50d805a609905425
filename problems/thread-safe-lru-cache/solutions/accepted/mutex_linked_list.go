package main

import "sync"

// A hand-written doubly linked list with sentinels, guarded by a mutex
// (pointer receiver, pointer constructor).
type node struct {
	key, val   int
	prev, next *node
}

type LRUCache struct {
	mu         sync.Mutex
	cap        int
	m          map[int]*node
	head, tail *node
}

func Constructor(capacity int) *LRUCache {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return &LRUCache{cap: capacity, m: make(map[int]*node), head: h, tail: t}
}

func (c *LRUCache) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRUCache) pushFront(n *node) {
	n.next = c.head.next
	n.prev = c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRUCache) Get(key int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.m[key]
	if !ok {
		return -1
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val
}

func (c *LRUCache) Put(key, value int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n, ok := c.m[key]; ok {
		n.val = value
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.m) == c.cap {
		lru := c.tail.prev
		c.unlink(lru)
		delete(c.m, lru.key)
	}
	n := &node{key: key, val: value}
	c.m[key] = n
	c.pushFront(n)
}
