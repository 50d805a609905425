// Wrong answer: getRandom walks through the array in order (a round-robin
// cursor), so each element comes up about equally often but never twice in a
// row on an unchanged set; the statistics see far fewer repeats than the
// 1/size chance a uniform pick has.
class RandomizedSet {
    vector<int> nums;
    unordered_map<int, int> index;
    size_t cursor = 0;
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
        cursor = (cursor + 1) % nums.size();
        return nums[cursor];
    }
};
