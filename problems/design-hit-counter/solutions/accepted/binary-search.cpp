// Accepted: keeps every hit time in a sorted vector (appends keep it
// sorted) and counts the window with upper_bound: getHits O(log n).
class HitCounter {
    vector<int> times;

public:
    HitCounter() {}

    void hit(int timestamp) { times.push_back(timestamp); }

    int getHits(int timestamp) {
        auto first = upper_bound(times.begin(), times.end(), timestamp - 300);
        return (int)(times.end() - first);
    }
};
