// Accepted: std::stack and an unordered_map from closer to opener, with an
// early exit on odd lengths.
#include <stack>
#include <unordered_map>

class Solution {
public:
    bool isValid(string s) {
        if (s.size() % 2 == 1) return false;
        unordered_map<char, char> pairs = {{')', '('}, {']', '['}, {'}', '{'}};
        stack<char> st;
        for (char c : s) {
            auto it = pairs.find(c);
            if (it == pairs.end()) {
                st.push(c);
            } else {
                if (st.empty() || st.top() != it->second) return false;
                st.pop();
            }
        }
        return st.empty();
    }
};
