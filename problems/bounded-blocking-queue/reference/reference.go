// BoundedBlockingQueue: a slice guarded by one mutex, with a condition
// variable per reason to wait.
type BoundedBlockingQueue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	capacity int
}

func Constructor(capacity int) BoundedBlockingQueue {
	q := BoundedBlockingQueue{capacity: capacity}
	return q
}

func (q *BoundedBlockingQueue) init() {
	if q.notFull == nil {
		q.notFull = sync.NewCond(&q.mu)
		q.notEmpty = sync.NewCond(&q.mu)
	}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.init()
	for len(q.items) == q.capacity {
		q.notFull.Wait()
	}
	q.items = append(q.items, element)
	q.notEmpty.Signal()
}

func (q *BoundedBlockingQueue) Dequeue() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.init()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	front := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return front
}

func (q *BoundedBlockingQueue) Size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}
