// Wrong answer: the one-stack trick (push the old minimum below a new one)
// with `val < mn` where it must be `val <= mn`. After push 0, 1, 0 the second
// 0 is not recorded as a minimum, so popping it also pops the saved minimum
// and the 1 beneath it: getMin then answers 1 instead of 0
// (tests/02-duplicate-minimums.txt).
class MinStack {
    stack<int> st;
    int mn = INT_MAX;
public:
    MinStack() {}

    void push(int val) {
        if (val < mn) {   // BUG: should be val <= mn
            st.push(mn);
            mn = val;
        }
        st.push(val);
    }

    void pop() {
        if (st.top() == mn) {
            st.pop();
            mn = st.top();
        }
        st.pop();
    }

    int top() {
        return st.top();
    }

    int getMin() {
        return mn;
    }
};
