// Reference: nodes live in a Vec (an arena); each node has 26 child indices
// (0 = none, since node 0 is the root and is nobody's child) and an
// end-of-word flag. O(length) per call, no recursion, no per-node Box.

struct Trie {
    children: Vec<[u32; 26]>,
    is_end: Vec<bool>,
}

impl Trie {
    fn new() -> Self {
        Trie { children: vec![[0; 26]], is_end: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut node = 0usize;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.children[node][c] == 0 {
                self.children.push([0; 26]);
                self.is_end.push(false);
                self.children[node][c] = (self.children.len() - 1) as u32;
            }
            node = self.children[node][c] as usize;
        }
        self.is_end[node] = true;
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut node = 0usize;
        for b in s.bytes() {
            let next = self.children[node][(b - b'a') as usize];
            if next == 0 {
                return None;
            }
            node = next as usize;
        }
        Some(node)
    }

    fn search(&self, word: String) -> bool {
        self.walk(&word).map_or(false, |n| self.is_end[n])
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }
}

/**
 * Your Trie object will be instantiated and called as such:
 * let obj = Trie::new();
 * obj.insert(word);
 * let ret_2: bool = obj.search(word);
 * let ret_3: bool = obj.starts_with(prefix);
 */
