// Wrong answer: a max-heap of (value, index) that drops a stale top only
// when its index is before i - k; the value at i - k has just left the
// window but still counts: nums = [9,1,2,3,4,5], k = 3 reports 9 twice.
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        priority_queue<pair<int, int>> heap;
        vector<int> out;
        for (int i = 0; i < (int)nums.size(); i++) {
            heap.push({nums[i], i});
            while (heap.top().second < i - k) heap.pop();
            if (i >= k - 1) out.push_back(heap.top().first);
        }
        return out;
    }
};
