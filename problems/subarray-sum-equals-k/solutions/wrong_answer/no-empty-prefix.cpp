// Wrong answer: forgets that the empty prefix sums to 0, so subarrays that
// start at index 0 are never counted: nums = [1,1,1], k = 2 gives 1.
class Solution {
public:
    int subarraySum(vector<int>& nums, int k) {
        unordered_map<int, int> seen;
        int sum = 0, count = 0;
        for (int v : nums) {
            sum += v;
            if (seen.count(sum - k)) count += seen[sum - k];
            seen[sum]++;
        }
        return count;
    }
};
