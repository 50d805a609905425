// Reference: nodes in a vector (an arena) with 26 child indices each and an
// end-of-word flag; index 0 is the root, so 0 also means "no child".
// O(length) per call. No #include / using: the judge provides them.

class Trie {
    vector<array<int, 26>> next;
    vector<char> isEnd;

    int walk(const string& s) const {
        int node = 0;
        for (char ch : s) {
            node = next[node][ch - 'a'];
            if (node == 0) return -1;
        }
        return node;
    }

public:
    Trie() : next(1), isEnd(1, 0) {
        next[0].fill(0);
    }

    void insert(string word) {
        int node = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (next[node][c] == 0) {
                next[node][c] = (int)next.size();
                next.emplace_back();
                next.back().fill(0);
                isEnd.push_back(0);
            }
            node = next[node][c];
        }
        isEnd[node] = 1;
    }

    bool search(string word) {
        int node = walk(word);
        return node >= 0 && isEnd[node];
    }

    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }
};

/**
 * Your Trie object will be instantiated and called as such:
 * Trie* obj = new Trie();
 * obj->insert(word);
 * bool param_2 = obj->search(word);
 * bool param_3 = obj->startsWith(prefix);
 */
