// Wrong: meant a min-heap of size k, wrote a max-heap: popping when the heap
// grows past k throws away the most frequent values and keeps the least.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int v : nums) count[v]++;
        priority_queue<pair<int, int>> heap;
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
