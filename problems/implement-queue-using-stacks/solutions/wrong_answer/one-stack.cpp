// Wrong answer: a single stack, so pop and peek return the newest element
// (LIFO) instead of the oldest.
class MyQueue {
    vector<int> s;

public:
    MyQueue() {}
    void push(int x) { s.push_back(x); }
    int pop() {
        int x = s.back();
        s.pop_back();
        return x;
    }
    int peek() { return s.back(); }
    bool empty() { return s.empty(); }
};
