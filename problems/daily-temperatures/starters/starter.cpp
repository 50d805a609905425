class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        return {};
    }
};
