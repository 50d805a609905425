// A lock held on only some paths: Dequeue and Size lock, Enqueue does not,
// so an append can interleave with a removal and an element is lost.
type BoundedBlockingQueue struct {
	mu       sync.Mutex
	items    []int
	capacity int
	slots    chan struct{}
	filled   chan struct{}
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{capacity: capacity, slots: make(chan struct{}, capacity), filled: make(chan struct{}, capacity)}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.slots <- struct{}{}
	items := q.items
	items = append(items, element)
	q.items = items
	q.filled <- struct{}{}
}

func (q *BoundedBlockingQueue) Dequeue() int {
	<-q.filled
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
