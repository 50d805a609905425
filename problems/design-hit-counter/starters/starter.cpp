class HitCounter {
public:
    HitCounter() {
    }

    void hit(int timestamp) {
    }

    int getHits(int timestamp) {
        return 0;
    }
};
