// Too slow: stores every hit and counts the ones in the window on each
// getHits: O(n) per call for n stored hits. Fine for 300 calls (as on
// LeetCode), but not the follow-up's bound.
class HitCounter {
    vector<int> times;

public:
    HitCounter() {}

    void hit(int timestamp) { times.push_back(timestamp); }

    int getHits(int timestamp) {
        int count = 0;
        for (int t : times)
            if (t > timestamp - 300) count++;
        return count;
    }
};
