// Wrong answer: keeps one counter per kind of bracket and never lets it go
// negative, but ignores the order between kinds, so "([)]" is accepted.
bool isValid(char* s) {
    int round = 0, square = 0, curly = 0;
    for (; *s; s++) {
        switch (*s) {
        case '(': round++; break;
        case ')': if (--round < 0) return false; break;
        case '[': square++; break;
        case ']': if (--square < 0) return false; break;
        case '{': curly++; break;
        case '}': if (--curly < 0) return false; break;
        }
    }
    return round == 0 && square == 0 && curly == 0;
}
