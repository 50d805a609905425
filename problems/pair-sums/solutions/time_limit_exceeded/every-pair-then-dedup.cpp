// Too slow: tries every two positions, O(n^2), and removes repeated pairs
// with a set: 5 * 10^9 pairs for 10^5 values.
class Solution {
public:
    vector<vector<int>> pairSums(vector<int>& nums, int target) {
        set<pair<int, int>> found;
        int n = nums.size();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if ((long long)nums[i] + nums[j] == target)
                    found.insert({min(nums[i], nums[j]), max(nums[i], nums[j])});
        vector<vector<int>> pairs;
        for (auto& p : found) pairs.push_back({p.first, p.second});
        return pairs;
    }
};
