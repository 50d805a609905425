type HitCounter struct {
}

func Constructor() HitCounter {
    return HitCounter{}
}

func (this *HitCounter) Hit(timestamp int) {
}

func (this *HitCounter) GetHits(timestamp int) int {
    return 0
}
