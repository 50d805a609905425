// Reference: the lower half in a max-heap, the upper half in a min-heap, the
// lower holding the extra number when the count is odd. addNum is O(log n);
// the median is read from the tops in O(1).
class MedianFinder {
    priority_queue<int> lower;
    priority_queue<int, vector<int>, greater<int>> upper;

public:
    MedianFinder() {}

    void addNum(int num) {
        lower.push(num);
        upper.push(lower.top());
        lower.pop();
        if (upper.size() > lower.size()) {
            lower.push(upper.top());
            upper.pop();
        }
    }

    double findMedian() {
        if (lower.size() > upper.size()) return lower.top();
        return (lower.top() + (double)upper.top()) / 2.0;
    }
};
