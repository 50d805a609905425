// Time limit exceeded: correct, but stores copies of the distinct words in an
// array and answers every query with a linear scan (strcmp / strncmp):
// O(words * length) per query, ~10^8 comparisons on large-short-words.

typedef struct {
    char **words;
    int *lens;
    int size, cap;
} Trie;

Trie* trieCreate() {
    return calloc(1, sizeof(Trie));
}

bool trieSearch(Trie* obj, char* word) {
    for (int i = 0; i < obj->size; i++)
        if (strcmp(obj->words[i], word) == 0) return true;
    return false;
}

void trieInsert(Trie* obj, char* word) {
    if (trieSearch(obj, word)) return;
    if (obj->size == obj->cap) {
        obj->cap = obj->cap ? 2 * obj->cap : 16;
        obj->words = realloc(obj->words, obj->cap * sizeof(char *));
        obj->lens = realloc(obj->lens, obj->cap * sizeof(int));
    }
    obj->lens[obj->size] = strlen(word);
    obj->words[obj->size] = strdup(word);
    obj->size++;
}

bool trieStartsWith(Trie* obj, char* prefix) {
    int n = strlen(prefix);
    for (int i = 0; i < obj->size; i++)
        if (obj->lens[i] >= n && strncmp(obj->words[i], prefix, n) == 0) return true;
    return false;
}

void trieFree(Trie* obj) {
    for (int i = 0; i < obj->size; i++) free(obj->words[i]);
    free(obj->words);
    free(obj->lens);
    free(obj);
}
