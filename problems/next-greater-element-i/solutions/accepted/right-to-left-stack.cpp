// Accepted: walks nums2 from the right, keeping a stack of candidates; after
// popping everything not greater than the current value, the top is its
// next greater element. Positions come from a hash map of nums1's values.
class Solution {
public:
    vector<int> nextGreaterElement(vector<int>& nums1, vector<int>& nums2) {
        unordered_map<int, int> where;
        for (int i = 0; i < (int)nums1.size(); i++) where[nums1[i]] = i;
        vector<int> out(nums1.size(), -1);
        stack<int> candidates;
        for (int i = (int)nums2.size() - 1; i >= 0; i--) {
            while (!candidates.empty() && candidates.top() <= nums2[i]) candidates.pop();
            auto it = where.find(nums2[i]);
            if (it != where.end() && !candidates.empty()) out[it->second] = candidates.top();
            candidates.push(nums2[i]);
        }
        return out;
    }
};
