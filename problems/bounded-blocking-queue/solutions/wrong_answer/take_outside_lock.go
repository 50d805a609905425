// Check-then-act across two locked sections: Dequeue waits for an element
// under the lock, releases it, then takes the front in a second section,
// so two consumers can both see the same front element.
type BoundedBlockingQueue struct {
	mu       *sync.Mutex
	cond     *sync.Cond
	items    []int
	capacity int
}

func Constructor(capacity int) BoundedBlockingQueue {
	mu := &sync.Mutex{}
	return BoundedBlockingQueue{mu: mu, cond: sync.NewCond(mu), capacity: capacity}
}

func (q *BoundedBlockingQueue) c() *sync.Cond {
	return q.cond
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.mu.Lock()
	for len(q.items) >= q.capacity {
		q.c().Wait()
	}
	q.items = append(q.items, element)
	q.mu.Unlock()
	q.c().Broadcast()
}

func (q *BoundedBlockingQueue) Dequeue() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.c().Wait()
	}
	front := q.items[0]
	q.mu.Unlock()
	q.mu.Lock()
	if len(q.items) > 0 {
		q.items = q.items[1:]
	}
	q.mu.Unlock()
	q.c().Broadcast()
	return front
}

func (q *BoundedBlockingQueue) Size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}
