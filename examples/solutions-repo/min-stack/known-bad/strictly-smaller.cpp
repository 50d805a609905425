// Wrong answer: the one-stack trick (push the old minimum below a new one)
// with `val < mn` where it must be `val <= mn`. After push 0, 1, 0 the second
// 0 is not recorded as a new minimum, so popping it takes the 1 beneath it
// for the saved minimum (and pops it too): getMin answers 1 instead of 0
// (tests/02-duplicate-minimums.txt, which never pops the corrupted stack
// empty, so the verdict is a clean WA rather than undefined behaviour).
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
