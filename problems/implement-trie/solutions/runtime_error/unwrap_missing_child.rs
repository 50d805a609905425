// Runtime error: search() and starts_with() walk the path with unwrap(),
// assuming every queried letter exists; the first query that leaves the trie
// (e.g. search("b") when only "a" was inserted) panics on None.

struct Trie {
    next: Vec<[Option<usize>; 26]>,
    end: Vec<bool>,
}

impl Trie {
    fn new() -> Self {
        Trie { next: vec![[None; 26]], end: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut n = 0;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            n = match self.next[n][c] {
                Some(m) => m,
                None => {
                    self.next.push([None; 26]);
                    self.end.push(false);
                    let m = self.next.len() - 1;
                    self.next[n][c] = Some(m);
                    m
                }
            };
        }
        self.end[n] = true;
    }

    fn search(&self, word: String) -> bool {
        let mut n = 0;
        for b in word.bytes() {
            n = self.next[n][(b - b'a') as usize].unwrap(); // BUG: panics off the trie
        }
        self.end[n]
    }

    fn starts_with(&self, prefix: String) -> bool {
        let mut n = 0;
        for b in prefix.bytes() {
            n = self.next[n][(b - b'a') as usize].unwrap(); // BUG: same here
        }
        true
    }
}
