// Reference: two stacks. push goes on `in`; pop and peek read `out`, which is
// refilled from `in` (reversing it, so the oldest element is on top) only
// when it is empty. Each element moves once: amortised O(1) per call.
class MyQueue {
    vector<int> in, out;

    void refill() {
        if (out.empty())
            while (!in.empty()) {
                out.push_back(in.back());
                in.pop_back();
            }
    }

public:
    MyQueue() {}

    void push(int x) { in.push_back(x); }

    int pop() {
        refill();
        int x = out.back();
        out.pop_back();
        return x;
    }

    int peek() {
        refill();
        return out.back();
    }

    bool empty() { return in.empty() && out.empty(); }
};
