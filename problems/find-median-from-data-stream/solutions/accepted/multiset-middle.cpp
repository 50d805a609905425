// Accepted: a multiset with an iterator to the lower middle, moved by at
// most one step per insertion. O(log n) addNum, O(1) findMedian.
class MedianFinder {
    multiset<int> numbers;
    multiset<int>::iterator mid;

public:
    MedianFinder() {}

    void addNum(int num) {
        int n = numbers.size();
        numbers.insert(num);
        if (n == 0) {
            mid = numbers.begin();
        } else if (num < *mid) {
            // Inserted before mid: the lower middle moves back when n was odd.
            if (n % 2 == 1) --mid;
        } else {
            // Inserted at or after mid (equal keys go after): moves on when n was even.
            if (n % 2 == 0) ++mid;
        }
    }

    double findMedian() {
        if (numbers.size() % 2 == 1) return *mid;
        return (*mid + (double)*next(mid)) / 2.0;
    }
};
