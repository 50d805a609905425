typedef struct {
    
} Trie;


Trie* trieCreate() {
    return NULL;
}

void trieInsert(Trie* obj, char* word) {
    
}

bool trieSearch(Trie* obj, char* word) {
    return false;
}

bool trieStartsWith(Trie* obj, char* prefix) {
    return false;
}

void trieFree(Trie* obj) {
    
}

/**
 * Your Trie struct will be instantiated and called as such:
 * Trie* obj = trieCreate();
 * trieInsert(obj, word);
 
 * bool param_2 = trieSearch(obj, word);
 
 * bool param_3 = trieStartsWith(obj, prefix);
 
 * trieFree(obj);
*/
