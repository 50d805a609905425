// Wrong answer: getRandom never returns the most recently inserted element
// (while it is still in the set and there is another choice): a typical
// off-by-one "rand() % (size - 1)" in disguise. Uniform over the others, so
// only the "most recently inserted" statistic exposes it.
class RandomizedSet {
    vector<int> nums;
    unordered_map<int, int> index;
    int newest = 0;
public:
    RandomizedSet() {}

    bool insert(int val) {
        if (index.count(val)) return false;
        index[val] = nums.size();
        nums.push_back(val);
        newest = val;
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
        for (;;) {
            int v = nums[rand() % nums.size()];
            if (v != newest || nums.size() == 1) return v;
        }
    }
};
