// Reference: pointer nodes with 26 children and an end-of-word flag; the Trie
// handle is the root node. O(length) per call. No #include: the judge
// provides LeetCode's usual headers.

typedef struct Trie {
    struct Trie *children[26];
    bool isEnd;
} Trie;

Trie* trieCreate() {
    return calloc(1, sizeof(Trie));
}

void trieInsert(Trie* obj, char* word) {
    Trie *node = obj;
    for (; *word; word++) {
        int c = *word - 'a';
        if (!node->children[c]) node->children[c] = calloc(1, sizeof(Trie));
        node = node->children[c];
    }
    node->isEnd = true;
}

static Trie *trieWalk(Trie *node, const char *s) {
    for (; *s && node; s++) node = node->children[*s - 'a'];
    return node;
}

bool trieSearch(Trie* obj, char* word) {
    Trie *node = trieWalk(obj, word);
    return node && node->isEnd;
}

bool trieStartsWith(Trie* obj, char* prefix) {
    return trieWalk(obj, prefix) != NULL;
}

void trieFree(Trie* obj) {
    /* Recursion depth is bounded by the longest word (2000). */
    if (!obj) return;
    for (int i = 0; i < 26; i++) trieFree(obj->children[i]);
    free(obj);
}

/**
 * Your Trie struct will be instantiated and called as such:
 * Trie* obj = trieCreate();
 * trieInsert(obj, word);
 
 * bool param_2 = trieSearch(obj, word);
 
 * bool param_3 = trieStartsWith(obj, prefix);
 
 * trieFree(obj);
*/
