// Reference: counts prefix sums seen so far in a hash map; a subarray ending
// here sums to k when an earlier prefix equals the current prefix minus k.
// The empty prefix (0) is counted once before the first element. O(n).
class Solution {
public:
    int subarraySum(vector<int>& nums, int k) {
        unordered_map<int, int> seen;
        seen.reserve(nums.size() * 2 + 1);
        seen[0] = 1;
        int sum = 0, count = 0;
        for (int v : nums) {
            sum += v;
            auto it = seen.find(sum - k);
            if (it != seen.end()) count += it->second;
            seen[sum]++;
        }
        return count;
    }
};
