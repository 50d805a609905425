// Too slow: keeps every number and sorts them all on each add: O(n log n)
// per add, about 3*10^9 comparisons over 10^4 adds to 2*10^4 numbers.
import "sort"

type KthLargest struct {
	k    int
	nums []int
}

func Constructor(k int, nums []int) KthLargest {
	return KthLargest{k, append([]int(nil), nums...)}
}

func (this *KthLargest) Add(val int) int {
	this.nums = append(this.nums, val)
	sort.Sort(sort.Reverse(sort.IntSlice(this.nums)))
	return this.nums[this.k-1]
}
