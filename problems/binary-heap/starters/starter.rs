struct MinHeap {

}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl MinHeap {

    fn new() -> Self {
        MinHeap {}
    }
    
    fn push(&self, val: i32) {
        
    }
    
    fn pop(&self) -> i32 {
        0
    }
    
    fn peek(&self) -> i32 {
        0
    }
    
    fn size(&self) -> i32 {
        0
    }
}
