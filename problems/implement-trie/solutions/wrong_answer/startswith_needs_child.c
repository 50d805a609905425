// Wrong answer: startsWith() demands that the prefix node still has a child,
// i.e. that some word continues past the prefix. A word is a prefix of itself,
// so startsWith("hello") after insert("hello") must be true
// (first caught by tests/04-repeated-inserts.txt: startsWith("cat")).

typedef struct Trie {
    struct Trie *kid[26];
    bool end;
} Trie;

Trie* trieCreate() { return calloc(1, sizeof(Trie)); }

void trieInsert(Trie* obj, char* word) {
    for (; *word; word++) {
        int c = *word - 'a';
        if (!obj->kid[c]) obj->kid[c] = calloc(1, sizeof(Trie));
        obj = obj->kid[c];
    }
    obj->end = true;
}

static Trie *find(Trie *t, char *s) {
    for (; t && *s; s++) t = t->kid[*s - 'a'];
    return t;
}

bool trieSearch(Trie* obj, char* word) {
    Trie *t = find(obj, word);
    return t && t->end;
}

bool trieStartsWith(Trie* obj, char* prefix) {
    Trie *t = find(obj, prefix);
    if (!t) return false;
    for (int i = 0; i < 26; i++)   /* BUG: a leaf is a valid prefix too */
        if (t->kid[i]) return true;
    return false;
}

void trieFree(Trie* obj) {
    if (!obj) return;
    for (int i = 0; i < 26; i++) trieFree(obj->kid[i]);
    free(obj);
}
