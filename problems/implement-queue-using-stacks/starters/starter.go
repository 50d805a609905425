type MyQueue struct {
    
}


func Constructor() MyQueue {
    return MyQueue{}
}


func (this *MyQueue) Push(x int)  {
    
}


func (this *MyQueue) Pop() int {
    return 0
}


func (this *MyQueue) Peek() int {
    return 0
}


func (this *MyQueue) Empty() bool {
    return true
}


/**
 * Your MyQueue object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Push(x);
 * param_2 := obj.Pop();
 * param_3 := obj.Peek();
 * param_4 := obj.Empty();
 */
