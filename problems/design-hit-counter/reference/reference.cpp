// Reference: a queue of hit times; getHits drops the times that left the
// window, then counts the rest. Each hit enters and leaves once: hit O(1),
// getHits O(1) amortised.
class HitCounter {
    queue<int> times;

public:
    HitCounter() {}

    void hit(int timestamp) {
        times.push(timestamp);
    }

    int getHits(int timestamp) {
        while (!times.empty() && times.front() <= timestamp - 300) times.pop();
        return (int)times.size();
    }
};
