type RandomizedSet struct {
    
}


func Constructor() RandomizedSet {
    return RandomizedSet{}
}


func (this *RandomizedSet) Insert(val int) bool {
    return false
}


func (this *RandomizedSet) Remove(val int) bool {
    return false
}


func (this *RandomizedSet) GetRandom() int {
    return 0
}


/**
 * Your RandomizedSet object will be instantiated and called as such:
 * obj := Constructor();
 * param_1 := obj.Insert(val);
 * param_2 := obj.Remove(val);
 * param_3 := obj.GetRandom();
 */
