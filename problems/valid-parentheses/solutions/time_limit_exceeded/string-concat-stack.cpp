// Too slow: the stack is a std::string rebuilt on every push (`st = st + c`
// makes a new string each time), so n openers cost O(n^2). Fast enough for
// 10^4 characters, but it fails the O(n) complexity check.
class Solution {
public:
    bool isValid(string s) {
        string st;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                st = st + c;
            } else {
                if (st.empty()) return false;
                char open = st.back();
                st.pop_back();
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{'))
                    return false;
            }
        }
        return st.empty();
    }
};
