// Deadlock: Enqueue blocks on a full channel while holding the lock that
// Dequeue needs to make room (and Dequeue blocks on an empty one the same
// way).
type BoundedBlockingQueue struct {
	mu sync.Mutex
	ch chan int
	n  int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{ch: make(chan int, capacity)}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.ch <- element
	q.n++
}

func (q *BoundedBlockingQueue) Dequeue() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.n--
	return <-q.ch
}

func (q *BoundedBlockingQueue) Size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n
}
