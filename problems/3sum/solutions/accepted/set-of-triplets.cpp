// Accepted: sort, two pointers without skipping repeats, and a set of
// triplets to report each once. O(n^2 log n) in the worst case, O(n^2) here.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        set<vector<int>> found;
        int n = nums.size();
        for (int i = 0; i < n; i++) {
            if (i > 0 && nums[i] == nums[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int sum = nums[i] + nums[lo] + nums[hi];
                if (sum == 0) found.insert({nums[i], nums[lo++], nums[hi--]});
                else if (sum < 0) lo++;
                else hi--;
            }
        }
        return vector<vector<int>>(found.begin(), found.end());
    }
};
