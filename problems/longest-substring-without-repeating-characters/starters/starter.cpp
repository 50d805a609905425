class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        return 0;
    }
};
