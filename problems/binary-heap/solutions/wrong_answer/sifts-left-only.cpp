// Wrong answer: sift-down only ever compares with the left child, so a
// smaller right child stays below its parent and later pops come out of
// order.
class MinHeap {
    vector<int> a;

public:
    MinHeap() {}

    void push(int val) {
        a.push_back(val);
        size_t i = a.size() - 1;
        while (i > 0 && a[(i - 1) / 2] > a[i]) {
            swap(a[i], a[(i - 1) / 2]);
            i = (i - 1) / 2;
        }
    }

    int pop() {
        int top = a[0];
        a[0] = a.back();
        a.pop_back();
        size_t i = 0;
        while (2 * i + 1 < a.size() && a[2 * i + 1] < a[i]) {
            swap(a[i], a[2 * i + 1]);
            i = 2 * i + 1;
        }
        return top;
    }

    int peek() { return a[0]; }
    int size() { return a.size(); }
};
