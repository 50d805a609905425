// Wrong: sorts the array and returns the two pointers' positions in the
// sorted copy instead of the original indices.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        sort(nums.begin(), nums.end());
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            long long sum = (long long)nums[lo] + nums[hi];
            if (sum == target) return {lo, hi};
            if (sum < target) lo++;
            else hi--;
        }
        return {};
    }
};
