// Two counting semaphores as channels (free slots, filled slots) and a
// mutex around the slice itself.
type BoundedBlockingQueue struct {
	slots chan struct{}
	full  chan struct{}
	mu    sync.Mutex
	items []int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{slots: make(chan struct{}, capacity), full: make(chan struct{}, capacity)}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.slots <- struct{}{}
	q.mu.Lock()
	q.items = append(q.items, element)
	q.mu.Unlock()
	q.full <- struct{}{}
}

func (q *BoundedBlockingQueue) Dequeue() int {
	<-q.full
	q.mu.Lock()
	v := q.items[0]
	q.items = q.items[1:]
	q.mu.Unlock()
	<-q.slots
	return v
}

func (q *BoundedBlockingQueue) Size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}
