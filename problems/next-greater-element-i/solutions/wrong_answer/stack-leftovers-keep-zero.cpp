// Wrong answer: values left on the stack never get an answer, and the
// map's default (0) is returned for them instead of -1.
class Solution {
public:
    vector<int> nextGreaterElement(vector<int>& nums1, vector<int>& nums2) {
        unordered_map<int, int> next;
        vector<int> stack;
        for (int v : nums2) {
            while (!stack.empty() && stack.back() < v) {
                next[stack.back()] = v;
                stack.pop_back();
            }
            stack.push_back(v);
        }
        vector<int> out;
        for (int x : nums1) out.push_back(next[x]);
        return out;
    }
};
