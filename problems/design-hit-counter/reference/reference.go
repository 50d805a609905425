// Reference: a queue of hit times (a slice with a moving head); getHits
// drops the times that left the window, then counts the rest. Each hit
// enters and leaves once: hit O(1), getHits O(1) amortised.
type HitCounter struct {
	times []int
	head  int
}

func Constructor() HitCounter {
	return HitCounter{}
}

func (this *HitCounter) Hit(timestamp int) {
	this.times = append(this.times, timestamp)
}

func (this *HitCounter) GetHits(timestamp int) int {
	for this.head < len(this.times) && this.times[this.head] <= timestamp-300 {
		this.head++
	}
	return len(this.times) - this.head
}
