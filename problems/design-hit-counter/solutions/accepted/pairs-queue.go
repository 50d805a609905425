// Accepted: a queue of (second, count) pairs, so a burst in one second takes
// one entry; a running total avoids counting on getHits.
type HitCounter struct {
	seconds, counts []int
	total           int
}

func Constructor() HitCounter {
	return HitCounter{}
}

func (this *HitCounter) Hit(timestamp int) {
	if n := len(this.seconds); n > 0 && this.seconds[n-1] == timestamp {
		this.counts[n-1]++
	} else {
		this.seconds = append(this.seconds, timestamp)
		this.counts = append(this.counts, 1)
	}
	this.total++
}

func (this *HitCounter) GetHits(timestamp int) int {
	for len(this.seconds) > 0 && this.seconds[0] <= timestamp-300 {
		this.total -= this.counts[0]
		this.seconds, this.counts = this.seconds[1:], this.counts[1:]
	}
	return this.total
}
