// Busy-waiting: Enqueue and Dequeue poll the queue in a loop, releasing and
// retaking the lock, instead of blocking until the other side acts.
type BoundedBlockingQueue struct {
	mu       sync.Mutex
	items    []int
	capacity int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{capacity: capacity}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	for {
		q.mu.Lock()
		if len(q.items) < q.capacity {
			q.items = append(q.items, element)
			q.mu.Unlock()
			return
		}
		q.mu.Unlock()
	}
}

func (q *BoundedBlockingQueue) Dequeue() int {
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			v := q.items[0]
			q.items = q.items[1:]
			q.mu.Unlock()
			return v
		}
		q.mu.Unlock()
	}
}

func (q *BoundedBlockingQueue) Size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}
