type BoundedBlockingQueue struct {
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{}
}

func (q *BoundedBlockingQueue) Enqueue(element int) {
}

func (q *BoundedBlockingQueue) Dequeue() int {
	return 0
}

func (q *BoundedBlockingQueue) Size() int {
	return 0
}
