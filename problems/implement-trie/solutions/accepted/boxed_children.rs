// Accepted: the textbook Rust trie, `[Option<Box<Trie>>; 26]` children, with
// the receivers changed to `&mut self` where needed (LeetCode allows that).

#[derive(Default)]
struct Trie {
    children: [Option<Box<Trie>>; 26],
    is_word: bool,
}

impl Trie {
    fn new() -> Self {
        Default::default()
    }

    fn insert(&mut self, word: String) {
        let mut node = self;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].get_or_insert_with(|| Box::new(Trie::new()));
        }
        node.is_word = true;
    }

    fn find(&self, s: &str) -> Option<&Trie> {
        let mut node = self;
        for b in s.bytes() {
            node = node.children[(b - b'a') as usize].as_deref()?;
        }
        Some(node)
    }

    fn search(&self, word: String) -> bool {
        self.find(&word).map_or(false, |n| n.is_word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.find(&prefix).is_some()
    }
}
