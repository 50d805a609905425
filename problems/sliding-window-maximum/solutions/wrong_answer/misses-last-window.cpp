// Wrong answer: stops one window early (`i < n - 1`), so the last window,
// and the only one when k equals the length, is never reported.
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> window;
        vector<int> out;
        for (int i = 0; i < (int)nums.size() - 1; i++) {
            if (!window.empty() && window.front() <= i - k) window.pop_front();
            while (!window.empty() && nums[window.back()] <= nums[i]) window.pop_back();
            window.push_back(i);
            if (i >= k - 1) out.push_back(nums[window.front()]);
        }
        return out;
    }
};
