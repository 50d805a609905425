// Accepted: children in a map instead of a fixed array (slower per step and
// bigger, still O(length) per call). No package line, as pasted from LeetCode.

type Trie struct {
	next map[byte]*Trie
	end  bool
}

func Constructor() Trie {
	return Trie{next: map[byte]*Trie{}}
}

func (this *Trie) Insert(word string) {
	cur := this
	for i := 0; i < len(word); i++ {
		child, ok := cur.next[word[i]]
		if !ok {
			child = &Trie{next: map[byte]*Trie{}}
			cur.next[word[i]] = child
		}
		cur = child
	}
	cur.end = true
}

func (this *Trie) find(s string) *Trie {
	cur := this
	for i := 0; i < len(s); i++ {
		child, ok := cur.next[s[i]]
		if !ok {
			return nil
		}
		cur = child
	}
	return cur
}

func (this *Trie) Search(word string) bool {
	n := this.find(word)
	return n != nil && n.end
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.find(prefix) != nil
}
