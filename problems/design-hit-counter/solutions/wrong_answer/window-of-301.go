// Wrong answer: keeps hits that are exactly 300 seconds old (`< t - 300`
// instead of `<=`), so at 301 the hit at 1 still counts.
type HitCounter struct {
	times []int
}

func Constructor() HitCounter {
	return HitCounter{}
}

func (this *HitCounter) Hit(timestamp int) {
	this.times = append(this.times, timestamp)
}

func (this *HitCounter) GetHits(timestamp int) int {
	for len(this.times) > 0 && this.times[0] < timestamp-300 {
		this.times = this.times[1:]
	}
	return len(this.times)
}
