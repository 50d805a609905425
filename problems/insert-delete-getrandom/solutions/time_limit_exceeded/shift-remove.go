// Time limit exceeded: remove deletes from the slice by shifting every later
// element left (and fixing their map entries), which is O(n) per remove.
// Correct and uniform, but with 10^5 elements and 4*10^4 removes that is
// billions of steps.
type RandomizedSet struct {
    nums  []int
    index map[int]int
}

func Constructor() RandomizedSet {
    return RandomizedSet{index: map[int]int{}}
}

func (this *RandomizedSet) Insert(val int) bool {
    if _, ok := this.index[val]; ok {
        return false
    }
    this.index[val] = len(this.nums)
    this.nums = append(this.nums, val)
    return true
}

func (this *RandomizedSet) Remove(val int) bool {
    i, ok := this.index[val]
    if !ok {
        return false
    }
    for j := i; j+1 < len(this.nums); j++ {
        this.nums[j] = this.nums[j+1]
        this.index[this.nums[j]] = j
    }
    this.nums = this.nums[:len(this.nums)-1]
    delete(this.index, val)
    return true
}

func (this *RandomizedSet) GetRandom() int {
    return this.nums[rand.Intn(len(this.nums))]
}
