// Wrong answer: Insert marks the end of the word only when it had to create a
// node, so inserting "app" after "apple" (no new node needed) is lost and
// search("app") stays false (tests/01-example.txt expects true).

type Trie struct {
	kids [26]*Trie
	end  bool
}

func Constructor() Trie { return Trie{} }

func (this *Trie) Insert(word string) {
	t := this
	created := false
	for _, ch := range word {
		i := ch - 'a'
		if t.kids[i] == nil {
			t.kids[i] = &Trie{}
			created = true
		}
		t = t.kids[i]
	}
	if created { // BUG: an existing path can end a new word too
		t.end = true
	}
}

func (this *Trie) walk(s string) *Trie {
	t := this
	for _, ch := range s {
		if t = t.kids[ch-'a']; t == nil {
			return nil
		}
	}
	return t
}

func (this *Trie) Search(word string) bool {
	t := this.walk(word)
	return t != nil && t.end
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.walk(prefix) != nil
}
