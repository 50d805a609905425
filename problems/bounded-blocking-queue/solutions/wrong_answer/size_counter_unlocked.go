// The element channel is safe, but the size counter is updated with no
// lock: a read-modify-write interrupted by another loses an update.
type BoundedBlockingQueue struct {
	ch chan int
	n  int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{ch: make(chan int, capacity)}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.ch <- element
	n := q.n
	q.n = n + 1
}

func (q *BoundedBlockingQueue) Dequeue() int {
	v := <-q.ch
	n := q.n
	q.n = n - 1
	return v
}

func (q *BoundedBlockingQueue) Size() int {
	return q.n
}
