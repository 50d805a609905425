// Reference: sort, then two pointers from both ends; after a match both skip
// past every copy of their value, so each pair of values is reported once.
// Sums in long long: two ints may not fit in an int. O(n log n).
class Solution {
public:
    vector<vector<int>> pairSums(vector<int>& nums, int target) {
        sort(nums.begin(), nums.end());
        vector<vector<int>> pairs;
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            long long sum = (long long)nums[lo] + nums[hi];
            if (sum < target) {
                lo++;
            } else if (sum > target) {
                hi--;
            } else {
                int a = nums[lo], b = nums[hi];
                pairs.push_back({a, b});
                while (lo < hi && nums[lo] == a) lo++;
                while (lo < hi && nums[hi] == b) hi--;
            }
        }
        return pairs;
    }
};
