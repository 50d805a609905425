// testlib.h for judge: a compatible re-implementation of the part of
// testlib's API that checkers and validators use (registerTestlibCmd,
// registerValidation, inf/ouf/ans with readInt/readLong/readDouble/
// readToken/readWord/readLine/readEoln/readEof/seekEof/eof, quitf,
// ensuref, doubleCompare, pattern_t, ...), written for judge so that a
// pack's testlib checker compiles unmodified for wasm32-wasi without
// shipping testlib itself. Exit codes are testlib's: 0 ok, 1 wrong answer,
// 2 presentation error, 3 fail; the verdict message goes to stderr.
#ifndef JUDGE_TESTLIB_H
#define JUDGE_TESTLIB_H

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

enum TResult {
    _ok = 0,
    _wa = 1,
    _pe = 2,
    _fail = 3,
    _dirt = 4,
    _points = 5,
    _unexpected_eof = 8,
    _partially = 16
};

enum TMode { _input, _output, _answer };

#define OK_EXIT_CODE 0
#define WA_EXIT_CODE 1
#define PE_EXIT_CODE 2
#define FAIL_EXIT_CODE 3

static std::string __judge_testlib_name;
static bool __judge_testlib_checker = false;

static inline std::string __judge_vformat(const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(nullptr, 0, fmt, copy);
    va_end(copy);
    if (n < 0) return std::string(fmt);
    std::string out((size_t)n + 1, '\0');
    vsnprintf(&out[0], out.size(), fmt, ap);
    out.resize((size_t)n);
    return out;
}

static inline std::string __judge_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string out = __judge_vformat(fmt, ap);
    va_end(ap);
    return out;
}

/// testlib's `format`, for checkers (judge's own code calls `__judge_format`,
/// which `std::format` cannot shadow).
template <class... A> static inline std::string format(const char *fmt, A... args) {
    return __judge_format(fmt, args...);
}
static inline std::string format(const std::string &fmt) { return fmt; }

static inline void setName(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    __judge_testlib_name = __judge_vformat(fmt, ap);
    va_end(ap);
}

static inline void setName(const std::string &name) { __judge_testlib_name = name; }

template <class T> static inline std::string vtos(const T &t) {
    std::ostringstream s;
    s << t;
    return s.str();
}

template <class T> static inline std::string toString(const T &t) { return vtos(t); }

static inline std::string englishEnding(int x) {
    x %= 100;
    if (x / 10 == 1) return "th";
    if (x % 10 == 1) return "st";
    if (x % 10 == 2) return "nd";
    if (x % 10 == 3) return "rd";
    return "th";
}

static inline std::string upperCase(std::string s) {
    for (char &c : s) c = (char)toupper((unsigned char)c);
    return s;
}

static inline std::string lowerCase(std::string s) {
    for (char &c : s) c = (char)tolower((unsigned char)c);
    return s;
}

static inline std::string trim(const std::string &s) {
    size_t b = 0, e = s.size();
    while (b < e && isspace((unsigned char)s[b])) b++;
    while (e > b && isspace((unsigned char)s[e - 1])) e--;
    return s.substr(b, e - b);
}

/// testlib shortens long strings in messages to their ends.
static inline std::string __testlib_part(const std::string &s) {
    std::string t;
    for (char c : s) t += (c == '\0') ? '~' : c;
    if (t.size() <= 64) return t;
    return t.substr(0, 30) + "..." + t.substr(t.size() - 31);
}

static inline std::string compress(const std::string &s) { return __testlib_part(s); }

static inline bool doubleCompare(double expected, double result, double maxError) {
    if (std::isnan(expected)) return std::isnan(result);
    if (std::isinf(expected)) return expected == result;
    if (std::isnan(result) || std::isinf(result)) return false;
    if (std::fabs(result - expected) <= maxError + 1E-15) return true;
    double minv = std::min(expected * (1.0 - maxError), expected * (1.0 + maxError));
    double maxv = std::max(expected * (1.0 - maxError), expected * (1.0 + maxError));
    return result + 1E-15 >= minv && result <= maxv + 1E-15;
}

static inline double doubleDelta(double expected, double result) {
    double absolute = std::fabs(result - expected);
    if (std::fabs(expected) > 1E-9) return std::min(absolute, absolute / std::fabs(expected));
    return absolute;
}

class InStream;
extern InStream ouf;

static inline const char *__judge_result_name(TResult r) {
    switch (r) {
    case _ok: return "ok";
    case _wa: return "wrong answer";
    case _pe: case _dirt: case _unexpected_eof: return "wrong output format";
    case _points: case _partially: return "points";
    default: return "FAIL";
    }
}

static inline int __judge_exit_code(TResult r) {
    switch (r) {
    case _ok: return OK_EXIT_CODE;
    case _wa: return WA_EXIT_CODE;
    case _pe: case _dirt: case _unexpected_eof: return PE_EXIT_CODE;
    case _points: case _partially: return WA_EXIT_CODE;
    default: return FAIL_EXIT_CODE;
    }
}

[[noreturn]] static void quit(TResult result, const std::string &message);

[[noreturn]] static inline void quit(TResult result, const char *message) {
    quit(result, std::string(message));
}

[[noreturn]] static inline void quitf(TResult result, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string message = __judge_vformat(fmt, ap);
    va_end(ap);
    quit(result, message);
}

static inline void quitif(bool condition, TResult result, const char *fmt, ...) {
    if (!condition) return;
    va_list ap;
    va_start(ap, fmt);
    std::string message = __judge_vformat(fmt, ap);
    va_end(ap);
    quit(result, message);
}

static inline void ensuref(bool condition, const char *fmt, ...) {
    if (condition) return;
    va_list ap;
    va_start(ap, fmt);
    std::string message = __judge_vformat(fmt, ap);
    va_end(ap);
    quit(_fail, message);
}

/// testlib's patterns are close enough to ECMAScript regular expressions
/// for what checkers write (`[a-z]{1,10}`, `0|-?[1-9][0-9]*`).
class pattern_t {
  public:
    pattern_t() {}
    pattern_t(const std::string &s) : src(s), re(s) {}
    bool matches(const std::string &s) const { return std::regex_match(s, re); }
    std::string src;

  private:
    std::regex re;
};
typedef pattern_t pattern;

class InStream {
  public:
    InStream() {}

    void init(TMode m, const std::string &text, bool strictMode) {
        mode = m;
        data = text;
        pos = 0;
        strict = strictMode;
        opened = true;
    }

    /// Errors in the contestant's output are theirs; in the input or the
    /// answer they are the checker's (testlib's `_fail`).
    [[noreturn]] void quit(TResult result, const std::string &message) {
        if (mode != _output && result != _ok) result = _fail;
        ::quit(result, message);
    }

    [[noreturn]] void quitf(TResult result, const char *fmt, ...) {
        va_list ap;
        va_start(ap, fmt);
        std::string message = __judge_vformat(fmt, ap);
        va_end(ap);
        quit(result, message);
    }

    void quitif(bool condition, TResult result, const char *fmt, ...) {
        if (!condition) return;
        va_list ap;
        va_start(ap, fmt);
        std::string message = __judge_vformat(fmt, ap);
        va_end(ap);
        quit(result, message);
    }

    void ensuref(bool condition, const char *fmt, ...) {
        if (condition) return;
        va_list ap;
        va_start(ap, fmt);
        std::string message = __judge_vformat(fmt, ap);
        va_end(ap);
        quit(mode == _output ? _wa : _fail, message);
    }

    void ensure(bool condition) {
        if (!condition) quit(mode == _output ? _wa : _fail, "Condition failed");
    }

    bool eof() { return pos >= data.size(); }

    bool seekEof() {
        skipBlanks();
        return eof();
    }

    bool eoln() {
        if (pos < data.size() && data[pos] == '\n') return true;
        return pos + 1 < data.size() && data[pos] == '\r' && data[pos + 1] == '\n';
    }

    bool seekEoln() {
        while (pos < data.size() && (data[pos] == ' ' || data[pos] == '\t')) pos++;
        return eoln();
    }

    void skipBlanks() {
        while (pos < data.size() && isBlank(data[pos])) pos++;
    }

    void nextLine() {
        while (pos < data.size() && data[pos] != '\n') pos++;
        if (pos < data.size()) pos++;
    }

    char curChar() { return eof() ? (char)EOF : data[pos]; }

    char readChar() {
        if (eof()) quit(_unexpected_eof, "Unexpected end of file - char expected");
        return data[pos++];
    }

    char readChar(char c) {
        char got = readChar();
        if (got != c)
            quit(_pe, __judge_format("Unexpected character '%s', but '%s' expected",
                             printable(got).c_str(), printable(c).c_str()));
        return got;
    }

    char nextChar() { return eof() ? (char)EOF : data[pos++]; }
    void unreadChar(char) {
        if (pos > 0) pos--;
    }

    void readSpace() { readChar(' '); }

    void readEoln() {
        if (!strict)
            while (pos < data.size() && (data[pos] == ' ' || data[pos] == '\t')) pos++;
        if (pos < data.size() && data[pos] == '\r') pos++;
        if (pos >= data.size() || data[pos] != '\n') quit(_pe, "Expected EOLN");
        pos++;
    }

    void readEof() {
        if (!strict) skipBlanks();
        if (!eof()) quit(_pe, "Expected EOF");
    }

    std::string readWord() {
        if (!strict) skipBlanks();
        if (eof()) quit(_unexpected_eof, "Unexpected end of file - token expected");
        size_t start = pos;
        while (pos < data.size() && !isBlank(data[pos])) pos++;
        if (pos == start) quit(_pe, "Unexpected white-space - token expected");
        return data.substr(start, pos - start);
    }

    std::string readToken() { return readWord(); }

    std::string readWord(const std::string &ptrn, const std::string &name = "") {
        std::string s = readWord();
        if (!pattern_t(ptrn).matches(s))
            quit(_wa, __judge_format("Token %s\"%s\" doesn't correspond to pattern \"%s\"",
                             named(name).c_str(), __testlib_part(s).c_str(), ptrn.c_str()));
        return s;
    }
    std::string readWord(const pattern_t &p, const std::string &name = "") {
        return readWord(p.src, name);
    }
    std::string readToken(const std::string &p, const std::string &name = "") {
        return readWord(p, name);
    }
    std::string readToken(const pattern_t &p, const std::string &name = "") {
        return readWord(p.src, name);
    }

    std::vector<std::string> readWords(int n, const std::string &p = "", const std::string &name = "",
                                       int = 1) {
        std::vector<std::string> out;
        for (int i = 0; i < n; i++) out.push_back(p.empty() ? readWord() : readWord(p, name));
        return out;
    }
    std::vector<std::string> readTokens(int n, const std::string &p = "",
                                        const std::string &name = "", int = 1) {
        return readWords(n, p, name);
    }

    std::string readLine() {
        if (eof()) quit(_unexpected_eof, "Unexpected end of file - string expected");
        size_t start = pos;
        while (pos < data.size() && data[pos] != '\n') pos++;
        std::string line = data.substr(start, pos - start);
        if (pos < data.size()) pos++;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }
    std::string readString() { return readLine(); }
    std::string readLine(const std::string &ptrn, const std::string &name = "") {
        std::string s = readLine();
        if (!pattern_t(ptrn).matches(s))
            quit(_wa, __judge_format("Line %s\"%s\" doesn't correspond to pattern \"%s\"",
                             named(name).c_str(), __testlib_part(s).c_str(), ptrn.c_str()));
        return s;
    }
    std::string readString(const std::string &p, const std::string &name = "") {
        return readLine(p, name);
    }
    std::vector<std::string> readLines(int n, const std::string &p = "", const std::string &name = "",
                                       int = 1) {
        std::vector<std::string> out;
        for (int i = 0; i < n; i++) out.push_back(p.empty() ? readLine() : readLine(p, name));
        return out;
    }

    long long readLong() { return integer(LLONG_MIN, LLONG_MAX, "int64"); }
    long long readLong(long long minv, long long maxv, const std::string &name = "") {
        return inRange(readLong(), minv, maxv, name);
    }
    unsigned long long readUnsignedLong() {
        std::string s = readWord();
        bool digits = !s.empty() && s.size() <= 20 &&
                      std::all_of(s.begin(), s.end(), [](char c) { return isdigit((unsigned char)c); });
        errno = 0;
        unsigned long long v = digits ? strtoull(s.c_str(), nullptr, 10) : 0;
        if (!digits || errno == ERANGE)
            quit(_pe, __judge_format("Expected unsigned integer, but \"%s\" found", __testlib_part(s).c_str()));
        return v;
    }
    unsigned long long readUnsignedLong(unsigned long long minv, unsigned long long maxv,
                                        const std::string &name = "") {
        unsigned long long v = readUnsignedLong();
        if (v < minv || v > maxv)
            quit(_wa, __judge_format("%s%llu violates the range [%llu, %llu]", named(name).c_str(), v, minv, maxv));
        return v;
    }
    int readInt() { return (int)integer(INT_MIN, INT_MAX, "int32"); }
    int readInt(int minv, int maxv, const std::string &name = "") {
        return (int)inRange(readInt(), minv, maxv, name);
    }
    int readInteger() { return readInt(); }
    int readInteger(int minv, int maxv, const std::string &name = "") { return readInt(minv, maxv, name); }

    std::vector<int> readInts(int n, int minv = INT_MIN, int maxv = INT_MAX, const std::string &name = "",
                              int = 1) {
        std::vector<int> out;
        for (int i = 0; i < n; i++) {
            if (i > 0 && strict) readSpace();
            out.push_back(readInt(minv, maxv, name));
        }
        return out;
    }
    std::vector<long long> readLongs(int n, long long minv = LLONG_MIN, long long maxv = LLONG_MAX,
                                     const std::string &name = "", int = 1) {
        std::vector<long long> out;
        for (int i = 0; i < n; i++) {
            if (i > 0 && strict) readSpace();
            out.push_back(readLong(minv, maxv, name));
        }
        return out;
    }

    double readDouble() {
        std::string s = readWord();
        return toDouble(s);
    }
    double readReal() { return readDouble(); }
    double readDouble(double minv, double maxv, const std::string &name = "") {
        double v = readDouble();
        if (v < minv || v > maxv)
            quit(_wa, __judge_format("%s%s violates the range [%s, %s]", named(name).c_str(), vtos(v).c_str(),
                             vtos(minv).c_str(), vtos(maxv).c_str()));
        return v;
    }
    double readReal(double minv, double maxv, const std::string &name = "") {
        return readDouble(minv, maxv, name);
    }
    double readStrictDouble(double minv, double maxv, int minAfterPoint, int maxAfterPoint,
                            const std::string &name = "") {
        std::string s = readWord();
        size_t point = s.find('.');
        int after = point == std::string::npos ? 0 : (int)(s.size() - point - 1);
        if (after < minAfterPoint || after > maxAfterPoint)
            quit(_pe, __judge_format("Expected strict double with %d..%d digits after the point, but \"%s\" found",
                             minAfterPoint, maxAfterPoint, __testlib_part(s).c_str()));
        double v = toDouble(s);
        if (v < minv || v > maxv)
            quit(_wa, __judge_format("%s%s violates the range [%s, %s]", named(name).c_str(), s.c_str(),
                             vtos(minv).c_str(), vtos(maxv).c_str()));
        return v;
    }
    double readStrictReal(double minv, double maxv, int minAfterPoint, int maxAfterPoint,
                          const std::string &name = "") {
        return readStrictDouble(minv, maxv, minAfterPoint, maxAfterPoint, name);
    }

    TMode mode = _input;
    bool strict = false;
    bool opened = false;

  private:
    std::string data;
    size_t pos = 0;

    static bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    static std::string printable(char c) {
        if (c == '\n') return "\\n";
        if (c == '\r') return "\\r";
        if (c == (char)EOF) return "EOF";
        return std::string(1, c);
    }

    static std::string named(const std::string &name) {
        return name.empty() ? std::string() : name + "=";
    }

    long long integer(long long minv, long long maxv, const char *what) {
        std::string s = readWord();
        size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
        bool ok = i < s.size() && s.size() - i <= 19 &&
                  std::all_of(s.begin() + (long)i, s.end(), [](char c) { return isdigit((unsigned char)c); });
        if (ok && strict) ok = s[0] != '+' && !(s[i] == '0' && s.size() > i + 1) && s != "-0";
        errno = 0;
        long long v = ok ? strtoll(s.c_str(), nullptr, 10) : 0;
        if (!ok || errno == ERANGE || v < minv || v > maxv)
            quit(_pe, __judge_format("Expected %s, but \"%s\" found", what, __testlib_part(s).c_str()));
        return v;
    }

    long long inRange(long long v, long long minv, long long maxv, const std::string &name) {
        if (v < minv || v > maxv)
            quit(_wa, __judge_format("%s%lld violates the range [%lld, %lld]", named(name).c_str(), v, minv, maxv));
        return v;
    }

    double toDouble(const std::string &s) {
        bool digit = std::any_of(s.begin(), s.end(), [](char c) { return isdigit((unsigned char)c); });
        bool ok = digit && std::all_of(s.begin(), s.end(), [](char c) {
            return isdigit((unsigned char)c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
        });
        char *end = nullptr;
        double v = ok ? strtod(s.c_str(), &end) : 0;
        if (!ok || end != s.c_str() + s.size() || std::isnan(v) || std::isinf(v))
            quit(_pe, __judge_format("Expected double, but \"%s\" found", __testlib_part(s).c_str()));
        return v;
    }
};

InStream inf;
InStream ouf;
InStream ans;

#define ensure(cond) ((cond) ? (void)0 : quit(_fail, "Condition failed: \"" #cond "\""))


[[noreturn]] static void quit(TResult result, const std::string &message) {
    // testlib's last check: a contestant who printed more than was read.
    if (result == _ok && __judge_testlib_checker && !ouf.seekEof()) {
        result = _dirt;
        fprintf(stderr, "wrong output format Extra information in the output file\n");
        exit(__judge_exit_code(result));
    }
    std::string text = message;
    fprintf(stderr, "%s %s\n", __judge_result_name(result), text.c_str());
    exit(__judge_exit_code(result));
}

static inline std::string __judge_read_file(const char *path, TMode mode) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "FAIL cannot open %s\n", path);
        exit(FAIL_EXIT_CODE);
    }
    std::string out;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    fclose(f);
    (void)mode;
    return out;
}

static inline void registerTestlibCmd(int argc, char *argv[]) {
    if (argc < 4) {
        fprintf(stderr, "FAIL usage: %s <input> <output> <answer>\n", argc > 0 ? argv[0] : "checker");
        exit(FAIL_EXIT_CODE);
    }
    __judge_testlib_checker = true;
    inf.init(_input, __judge_read_file(argv[1], _input), false);
    ouf.init(_output, __judge_read_file(argv[2], _output), false);
    ans.init(_answer, __judge_read_file(argv[3], _answer), false);
}

static inline void registerTestlib(int argc, ...) {
    va_list ap;
    va_start(ap, argc);
    std::vector<char *> argv;
    for (int i = 0; i < argc; i++) argv.push_back(va_arg(ap, char *));
    va_end(ap);
    registerTestlibCmd(argc, argv.data());
}

static inline void registerChecker(const std::string &, int argc, char *argv[]) {
    registerTestlibCmd(argc, argv);
}

/// A validator reads the test input from stdin, strictly: every space and
/// line break must be where the validator reads it.
static inline void registerValidation() {
    std::string text;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
    inf.init(_input, text, true);
}

static inline void registerValidation(int, char *[]) { registerValidation(); }

#endif
