// Reference: the heap in a vector; children of i at 2i+1 and 2i+2. push
// sifts the new element up, pop moves the last element to the root and sifts
// it down: O(log n). peek and size are O(1).
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
        size_t i = 0, n = a.size();
        for (;;) {
            size_t l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] < a[m]) m = l;
            if (r < n && a[r] < a[m]) m = r;
            if (m == i) break;
            swap(a[i], a[m]);
            i = m;
        }
        return top;
    }

    int peek() { return a[0]; }

    int size() { return a.size(); }
};
