// Reference: binary search on the speed k in [1, max pile]; a speed works if
// the hours, ceil(p / k) summed over the piles, are at most h. The sum is
// 64-bit: it reaches 10^13 at k = 1. O(n log M).
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long hours = 0;
            for (int p : piles) hours += (p + (long long)mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
