// Too slow: appends each number and sorts a copy on every findMedian:
// O(n log n) per median, about 10^10 steps over 5 * 10^4 calls.
import "sort"

type MedianFinder struct {
	nums []int
}

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	this.nums = append(this.nums, num)
}

func (this *MedianFinder) FindMedian() float64 {
	sorted := append([]int(nil), this.nums...)
	sort.Ints(sorted)
	n := len(sorted)
	return float64(sorted[(n-1)/2]+sorted[n/2]) / 2
}
