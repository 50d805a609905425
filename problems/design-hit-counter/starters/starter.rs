struct HitCounter {
}

impl HitCounter {
    fn new() -> Self {
        HitCounter {}
    }

    fn hit(&mut self, timestamp: i32) {
    }

    fn get_hits(&mut self, timestamp: i32) -> i32 {
        0
    }
}
