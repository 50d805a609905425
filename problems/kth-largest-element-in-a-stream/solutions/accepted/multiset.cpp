// Accepted: a multiset of the k largest numbers, trimmed from the smallest.
// O(log k) per add.
#include <set>

class KthLargest {
    multiset<int> top;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : k(k) {
        for (int x : nums) add(x);
    }

    int add(int val) {
        top.insert(val);
        if ((int)top.size() > k) top.erase(top.begin());
        return *top.begin();
    }
};
