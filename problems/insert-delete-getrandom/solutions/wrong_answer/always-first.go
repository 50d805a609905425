// Wrong answer: getRandom always returns the first element of the array.
// Every result is a member, so small tests pass, but the uniformity tests
// see it return the same element far more often than 1/size.
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
    last := this.nums[len(this.nums)-1]
    this.nums[i] = last
    this.index[last] = i
    this.nums = this.nums[:len(this.nums)-1]
    delete(this.index, val)
    return true
}

func (this *RandomizedSet) GetRandom() int {
    return this.nums[0]
}
