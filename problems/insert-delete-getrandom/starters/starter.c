typedef struct {
    
} RandomizedSet;


RandomizedSet* randomizedSetCreate() {
    return calloc(1, sizeof(RandomizedSet));
}

bool randomizedSetInsert(RandomizedSet* obj, int val) {
    return false;
}

bool randomizedSetRemove(RandomizedSet* obj, int val) {
    return false;
}

int randomizedSetGetRandom(RandomizedSet* obj) {
    return 0;
}

void randomizedSetFree(RandomizedSet* obj) {
    free(obj);
}

/**
 * Your RandomizedSet struct will be instantiated and called as such:
 * RandomizedSet* obj = randomizedSetCreate();
 * bool param_1 = randomizedSetInsert(obj, val);
 
 * bool param_2 = randomizedSetRemove(obj, val);
 
 * int param_3 = randomizedSetGetRandom(obj);
 
 * randomizedSetFree(obj);
*/
