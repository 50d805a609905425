// Wrong: checks only whether target - v is present at all, so a value that
// appears once is paired with itself ([3] with target 6 gives [[3,3]]).
class Solution {
public:
    vector<vector<int>> pairSums(vector<int>& nums, int target) {
        set<long long> values(nums.begin(), nums.end());
        vector<vector<int>> pairs;
        for (long long v : values) {
            long long w = (long long)target - v;
            if (v <= w && values.count(w)) pairs.push_back({(int)v, (int)w});
        }
        return pairs;
    }
};
