type MinHeap struct {
    
}


func Constructor() MinHeap {
    return MinHeap{}
}


func (this *MinHeap) Push(val int)  {
    
}


func (this *MinHeap) Pop() int {
    return 0
}


func (this *MinHeap) Peek() int {
    return 0
}


func (this *MinHeap) Size() int {
    return 0
}
