// Accepted: one pass with a set of values seen and a set of pairs already
// reported (keyed by the smaller value). O(n) expected.
class Solution {
public:
    vector<vector<int>> pairSums(vector<int>& nums, int target) {
        unordered_set<long long> seen, reported;
        vector<vector<int>> pairs;
        for (int v : nums) {
            long long w = (long long)target - v;
            long long low = min<long long>(v, w);
            if (seen.count(w) && !reported.count(low)) {
                reported.insert(low);
                pairs.push_back({v, (int)w});
            }
            seen.insert(v);
        }
        return pairs;
    }
};
