// Accepted: the idiomatic Go answer, container/list plus a map from key to
// list element. Has a package line and an explicit import (both allowed).
package main

import "container/list"

type entry struct {
	key, value int
}

type LRUCache struct {
	capacity int
	order    *list.List // front = most recently used
	elems    map[int]*list.Element
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, order: list.New(), elems: map[int]*list.Element{}}
}

func (this *LRUCache) Get(key int) int {
	if e, ok := this.elems[key]; ok {
		this.order.MoveToFront(e)
		return e.Value.(*entry).value
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if e, ok := this.elems[key]; ok {
		e.Value.(*entry).value = value
		this.order.MoveToFront(e)
		return
	}
	if this.order.Len() == this.capacity {
		back := this.order.Back()
		this.order.Remove(back)
		delete(this.elems, back.Value.(*entry).key)
	}
	this.elems[key] = this.order.PushFront(&entry{key, value})
}
