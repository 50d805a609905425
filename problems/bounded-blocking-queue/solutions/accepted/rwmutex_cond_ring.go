package main

import "sync"

// A ring buffer: writers hold the write lock and wait on one condition
// variable; Size only reads, so it takes the read lock.
type BoundedBlockingQueue struct {
	mu    *sync.RWMutex
	cond  *sync.Cond
	buf   []int
	head  int
	count int
}

func Constructor(capacity int) BoundedBlockingQueue {
	mu := &sync.RWMutex{}
	return BoundedBlockingQueue{mu: mu, cond: sync.NewCond(mu), buf: make([]int, capacity)}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.mu.Lock()
	for q.count == len(q.buf) {
		q.cond.Wait()
	}
	q.buf[(q.head+q.count)%len(q.buf)] = element
	q.count++
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *BoundedBlockingQueue) Dequeue() int {
	q.mu.Lock()
	for q.count == 0 {
		q.cond.Wait()
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.count--
	q.mu.Unlock()
	q.cond.Broadcast()
	return v
}

func (q *BoundedBlockingQueue) Size() int {
	q.mu.RLock()
	defer q.mu.RUnlock()
	return q.count
}
