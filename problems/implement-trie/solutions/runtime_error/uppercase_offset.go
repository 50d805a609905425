// Runtime error: the child index is computed as c - 'A' instead of c - 'a', so
// a lowercase letter gives an index of 32..57 into a [26] array and Go panics
// ("index out of range") on the very first insert.

type Trie struct {
	child [26]*Trie
	word  bool
}

func Constructor() Trie { return Trie{} }

func (this *Trie) Insert(word string) {
	t := this
	for i := 0; i < len(word); i++ {
		c := int(word[i] - 'A') // BUG: should be 'a'
		if t.child[c] == nil {
			t.child[c] = &Trie{}
		}
		t = t.child[c]
	}
	t.word = true
}

func (this *Trie) find(s string) *Trie {
	t := this
	for i := 0; i < len(s) && t != nil; i++ {
		t = t.child[int(s[i]-'A')]
	}
	return t
}

func (this *Trie) Search(word string) bool {
	t := this.find(word)
	return t != nil && t.word
}

func (this *Trie) StartsWith(prefix string) bool { return this.find(prefix) != nil }
