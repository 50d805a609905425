// Wrong answer: a default priority_queue is a max-heap, so trimming it to k
// elements throws away the largest numbers and the top is the k-th smallest.
class KthLargest {
    priority_queue<int> heap;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : k(k) {
        for (int x : nums) add(x);
    }

    int add(int val) {
        heap.push(val);
        if ((int)heap.size() > k) heap.pop();
        return heap.top();
    }
};
