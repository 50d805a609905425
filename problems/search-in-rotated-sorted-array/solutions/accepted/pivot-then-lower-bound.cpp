// Accepted: finds the rotation point (the smallest value) by binary search,
// then looks the target up with std::lower_bound in the half that holds it.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int pivot = lo;
        auto first = nums.begin(), last = nums.end();
        if (target >= nums[pivot] && target <= nums.back()) first += pivot;
        else last = nums.begin() + pivot;
        auto it = lower_bound(first, last, target);
        return it != last && *it == target ? (int)(it - nums.begin()) : -1;
    }
};
