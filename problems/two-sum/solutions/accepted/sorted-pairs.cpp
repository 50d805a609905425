// Accepted: sort (value, index) pairs, then two pointers. O(n log n).
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<pair<int, int>> byValue;
        for (int i = 0; i < (int)nums.size(); i++) byValue.push_back({nums[i], i});
        sort(byValue.begin(), byValue.end());
        int lo = 0, hi = (int)byValue.size() - 1;
        while (lo < hi) {
            long long sum = (long long)byValue[lo].first + byValue[hi].first;
            if (sum == target) return {byValue[lo].second, byValue[hi].second};
            if (sum < target) lo++;
            else hi--;
        }
        return {};
    }
};
