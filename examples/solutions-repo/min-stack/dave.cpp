// Accepted: includes its own headers and qualifies std:: names (as code
// written outside LeetCode does); a std::stack of (value, minimum so far).
#include <algorithm>
#include <stack>
#include <utility>

class MinStack {
    std::stack<std::pair<int, int>> st;

public:
    MinStack() {}

    void push(int val) {
        int m = st.empty() ? val : std::min(val, st.top().second);
        st.push({val, m});
    }

    void pop() { st.pop(); }

    int top() { return st.top().first; }

    int getMin() { return st.top().second; }
};
