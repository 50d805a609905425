// Reference: a min-heap (priority_queue with greater<int>) of the k largest
// numbers; its top is the answer. O(log k) per add.
class KthLargest {
    priority_queue<int, vector<int>, greater<int>> heap;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : k(k) {
        for (int x : nums) add(x);
    }

    int add(int val) {
        if ((int)heap.size() < k) {
            heap.push(val);
        } else if (val > heap.top()) {
            heap.pop();
            heap.push(val);
        }
        return heap.top();
    }
};
