// Accepted: vector + unordered_map, with getRandom drawn from mt19937 seeded
// by random_device (which reads the judge's per-test WASI randomness).
class RandomizedSet {
    vector<int> a;
    unordered_map<int, int> at;
    mt19937 gen{random_device{}()};
public:
    RandomizedSet() {}

    bool insert(int val) {
        if (at.count(val)) return false;
        at[val] = a.size();
        a.push_back(val);
        return true;
    }

    bool remove(int val) {
        if (!at.count(val)) return false;
        int i = at[val];
        at[a.back()] = i;
        swap(a[i], a.back());
        a.pop_back();
        at.erase(val);
        return true;
    }

    int getRandom() {
        return a[uniform_int_distribution<int>(0, (int)a.size() - 1)(gen)];
    }
};
