// Wrong answer: reads the string as words with a stringstream, so spaces
// split it and never count: "a b c" gives 1.
class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        stringstream in(s);
        string word;
        int best = 0;
        while (in >> word) {
            array<int, 256> last;
            last.fill(-1);
            int start = 0;
            for (int i = 0; i < (int)word.size(); i++) {
                unsigned char c = word[i];
                if (last[c] >= start) start = last[c] + 1;
                last[c] = i;
                best = max(best, i - start + 1);
            }
        }
        return best;
    }
};
