// Time limit exceeded: correct, but keeps the inserted words in a slice and
// scans all of them for every search and startsWith: O(words * length) per
// query instead of O(length). With ~10^4 stored words and ~2*10^4 queries
// (large-short-words) that is ~10^8 string comparisons.

type Trie struct {
	words []string
}

func Constructor() Trie {
	return Trie{}
}

func (this *Trie) Insert(word string) {
	this.words = append(this.words, word)
}

func (this *Trie) Search(word string) bool {
	for _, w := range this.words {
		if w == word {
			return true
		}
	}
	return false
}

func (this *Trie) StartsWith(prefix string) bool {
	for _, w := range this.words {
		if len(w) >= len(prefix) && w[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}
