// Wrong answer: search() only checks that the path exists and forgets the
// end-of-word flag, so it says true for "app" after inserting only "apple"
// (LeetCode's example, tests/01-example.txt, expects false).

class Trie {
    Trie* child[26] = {};
    bool word = false;

public:
    Trie() {}

    void insert(string s) {
        Trie* t = this;
        for (char c : s) {
            if (!t->child[c - 'a']) t->child[c - 'a'] = new Trie();
            t = t->child[c - 'a'];
        }
        t->word = true;
    }

    bool search(string s) {
        Trie* t = this;
        for (char c : s) {
            t = t->child[c - 'a'];
            if (!t) return false;
        }
        return true;   // BUG: should be t->word
    }

    bool startsWith(string p) {
        Trie* t = this;
        for (char c : p) {
            t = t->child[c - 'a'];
            if (!t) return false;
        }
        return true;
    }
};
