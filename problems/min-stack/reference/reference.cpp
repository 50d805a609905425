// Reference: the classic two stacks. `mins` holds the minimum candidates:
// push adds val to it when val <= the current minimum (<=, so duplicates of
// the minimum are counted), pop removes its top when the popped value equals
// it. Every operation is O(1) (amortized for push).
class MinStack {
    vector<int> vals;
    vector<int> mins;
public:
    MinStack() {}

    void push(int val) {
        vals.push_back(val);
        if (mins.empty() || val <= mins.back()) mins.push_back(val);
    }

    void pop() {
        if (vals.back() == mins.back()) mins.pop_back();
        vals.pop_back();
    }

    int top() {
        return vals.back();
    }

    int getMin() {
        return mins.back();
    }
};
