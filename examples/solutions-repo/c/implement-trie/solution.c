// Accepted: nodes in one growable pool addressed by index (realloc), so
// trieFree is a single free. Uses strlen/memset/realloc with no #include:
// LeetCode's headers are implicit.

typedef struct {
    int (*next)[26];   /* next[i][c]: child index, 0 = none (0 is the root) */
    bool *end;
    int size, cap;
} Trie;

static int newNode(Trie *t) {
    if (t->size == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->next = realloc(t->next, sizeof(int[26]) * t->cap);
        t->end = realloc(t->end, sizeof(bool) * t->cap);
    }
    memset(t->next[t->size], 0, sizeof(int[26]));
    t->end[t->size] = false;
    return t->size++;
}

Trie* trieCreate() {
    Trie *t = calloc(1, sizeof(Trie));
    newNode(t);
    return t;
}

void trieInsert(Trie* obj, char* word) {
    int n = 0, len = strlen(word);
    for (int i = 0; i < len; i++) {
        int c = word[i] - 'a';
        if (!obj->next[n][c]) {
            int m = newNode(obj);
            obj->next[n][c] = m;
        }
        n = obj->next[n][c];
    }
    obj->end[n] = true;
}

static int walk(Trie *t, char *s) {
    int n = 0;
    for (; *s; s++) {
        n = t->next[n][*s - 'a'];
        if (!n) return -1;
    }
    return n;
}

bool trieSearch(Trie* obj, char* word) {
    int n = walk(obj, word);
    return n >= 0 && obj->end[n];
}

bool trieStartsWith(Trie* obj, char* prefix) {
    return walk(obj, prefix) >= 0;
}

void trieFree(Trie* obj) {
    free(obj->next);
    free(obj->end);
    free(obj);
}
