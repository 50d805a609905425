// Accepted: count, then a min-heap of (count, value) that never holds more
// than k entries. O(n log k).
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int v : nums) count[v]++;
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        for (auto& [v, c] : count) {
            heap.push({c, v});
            if ((int)heap.size() > k) heap.pop();
        }
        vector<int> top;
        while (!heap.empty()) {
            top.push_back(heap.top().second);
            heap.pop();
        }
        return top;
    }
};
