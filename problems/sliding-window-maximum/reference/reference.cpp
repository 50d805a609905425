// Reference: a monotonic deque of indices whose values fall from front to
// back; the front is the window's maximum. Each index enters and leaves once:
// O(n).
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> window;
        vector<int> out;
        out.reserve(nums.size() - k + 1);
        for (int i = 0; i < (int)nums.size(); i++) {
            if (!window.empty() && window.front() <= i - k) window.pop_front();
            while (!window.empty() && nums[window.back()] <= nums[i]) window.pop_back();
            window.push_back(i);
            if (i >= k - 1) out.push_back(nums[window.front()]);
        }
        return out;
    }
};
