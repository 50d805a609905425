class Solution {
public:
    vector<vector<int>> pairSums(vector<int>& nums, int target) {
        return {};
    }
};
