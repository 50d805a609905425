// Binary search on the speed, hours counted in 64 bits.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        long long lo = 1, hi = 1000000000;
        while (lo < hi) {
            long long k = (lo + hi) / 2, hours = 0;
            for (int p : piles) hours += (p + k - 1) / k;
            if (hours <= h) hi = k;
            else lo = k + 1;
        }
        return (int)lo;
    }
};
