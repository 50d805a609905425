class RandomizedSet {
public:
    RandomizedSet() {
        
    }
    
    bool insert(int val) {
        return false;
    }
    
    bool remove(int val) {
        return false;
    }
    
    int getRandom() {
        return 0;
    }
};

/**
 * Your RandomizedSet object will be instantiated and called as such:
 * RandomizedSet* obj = new RandomizedSet();
 * bool param_1 = obj->insert(val);
 * bool param_2 = obj->remove(val);
 * int param_3 = obj->getRandom();
 */
