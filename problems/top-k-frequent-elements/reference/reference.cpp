// Reference: count with a hash map, then nth_element puts the k most
// frequent distinct values first. O(n) expected.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int v : nums) count[v]++;
        vector<pair<int, int>> byCount;  // (count, value)
        byCount.reserve(count.size());
        for (auto& [v, c] : count) byCount.push_back({c, v});
        k = min<int>(k, byCount.size());
        nth_element(byCount.begin(), byCount.begin() + (k - 1), byCount.end(),
                    greater<pair<int, int>>());
        vector<int> top;
        for (int i = 0; i < k; i++) top.push_back(byCount[i].second);
        return top;
    }
};
