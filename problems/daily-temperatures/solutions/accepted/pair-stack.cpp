// Accepted: std::stack of (temperature, day) pairs.
#include <stack>

class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        vector<int> answer(temperatures.size());
        stack<pair<int, int>> waiting;
        for (int i = 0; i < (int)temperatures.size(); i++) {
            while (!waiting.empty() && waiting.top().first < temperatures[i]) {
                answer[waiting.top().second] = i - waiting.top().second;
                waiting.pop();
            }
            waiting.push({temperatures[i], i});
        }
        return answer;
    }
};
