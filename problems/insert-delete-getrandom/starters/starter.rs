// No external crates (no `rand`): see the statement for how to get random
// numbers in Rust.
struct RandomizedSet {

}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl RandomizedSet {

    fn new() -> Self {
        RandomizedSet {}
    }
    
    fn insert(&self, val: i32) -> bool {
        false
    }
    
    fn remove(&self, val: i32) -> bool {
        false
    }
    
    fn get_random(&self) -> i32 {
        0
    }
}

/**
 * Your RandomizedSet object will be instantiated and called as such:
 * let obj = RandomizedSet::new();
 * let ret_1: bool = obj.insert(val);
 * let ret_2: bool = obj.remove(val);
 * let ret_3: i32 = obj.get_random();
 */
