// Reference: one pass over nums2 with a stack of values still waiting for a
// greater one (falling from bottom to top); a value pops every smaller
// waiting value and is its answer. A hash map keeps the answers for nums1.
// O(nums1.length + nums2.length).
class Solution {
public:
    vector<int> nextGreaterElement(vector<int>& nums1, vector<int>& nums2) {
        unordered_map<int, int> next;
        next.reserve(nums2.size() * 2);
        vector<int> stack;
        for (int v : nums2) {
            while (!stack.empty() && stack.back() < v) {
                next[stack.back()] = v;
                stack.pop_back();
            }
            stack.push_back(v);
        }
        vector<int> out;
        out.reserve(nums1.size());
        for (int x : nums1) {
            auto it = next.find(x);
            out.push_back(it == next.end() ? -1 : it->second);
        }
        return out;
    }
};
