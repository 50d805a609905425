// Reference: a stack of expected closers. O(n) time, O(n) memory.
class Solution {
public:
    bool isValid(string s) {
        vector<char> expect;
        expect.reserve(s.size());
        for (char c : s) {
            switch (c) {
            case '(': expect.push_back(')'); break;
            case '[': expect.push_back(']'); break;
            case '{': expect.push_back('}'); break;
            default:
                if (expect.empty() || expect.back() != c) return false;
                expect.pop_back();
            }
        }
        return expect.empty();
    }
};
