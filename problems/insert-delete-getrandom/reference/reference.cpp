// Reference: vector of values + unordered_map value -> slot; remove moves the
// last value into the freed slot. getRandom uses rand() % n (the driver seeds
// rand() from the judge's per-test randomness; RAND_MAX is 2^31-1, so the
// modulo bias is below 1e-4 for any set size here).
class RandomizedSet {
    vector<int> nums;
    unordered_map<int, int> index;
public:
    RandomizedSet() {}

    bool insert(int val) {
        if (index.count(val)) return false;
        index[val] = nums.size();
        nums.push_back(val);
        return true;
    }

    bool remove(int val) {
        auto it = index.find(val);
        if (it == index.end()) return false;
        int i = it->second, last = nums.back();
        nums[i] = last;
        index[last] = i;
        nums.pop_back();
        index.erase(val);
        return true;
    }

    int getRandom() {
        return nums[rand() % nums.size()];
    }
};
