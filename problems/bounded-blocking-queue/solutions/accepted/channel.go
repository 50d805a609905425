// A buffered channel is a bounded blocking queue: sends block while it is
// full, receives while it is empty, and len reports its size.
type BoundedBlockingQueue struct {
	ch chan int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{ch: make(chan int, capacity)}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
	q.ch <- element
}

func (q *BoundedBlockingQueue) Dequeue() int {
	return <-q.ch
}

func (q *BoundedBlockingQueue) Size() int {
	return len(q.ch)
}
