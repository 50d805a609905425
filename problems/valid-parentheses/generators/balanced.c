// Generator for valid-parentheses' `large-balanced-and-broken` test: strings
// of LeetCode's maximum length 10^4 that are balanced (random walks, deep
// nesting, flat runs), and copies broken in one place so that only a full
// correct scan tells them apart. Declared generators draw characters
// independently and almost never produce a balanced string. Reads the seed
// from stdin and prints one `Input: s = "..."` line per call.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAX 10000

static uint64_t state;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 32);
}

static const char OPEN[] = "([{";
static const char CLOSE[] = ")]}";

static char buf[MAX + 1];
static int stack[MAX];

// A random balanced string of length n (even): opens with probability
// `open_percent` while there is room to close everything afterwards.
static void balanced(int n, int open_percent) {
    int depth = 0;
    for (int i = 0; i < n; i++) {
        int remaining = n - i;
        int must_close = depth == remaining;
        int can_close = depth > 0;
        int open = !must_close && (!can_close || (int)(next() % 100) < open_percent);
        if (open) {
            int kind = next() % 3;
            stack[depth++] = kind;
            buf[i] = OPEN[kind];
        } else {
            buf[i] = CLOSE[stack[--depth]];
        }
    }
    buf[n] = 0;
}

static void emit(void) { printf("Input: s = \"%s\"\n", buf); }

// The closer at position i replaced by a closer of another kind.
static void wrong_closer_at(int i) {
    char *p = strchr(CLOSE, buf[i]);
    if (p) buf[i] = CLOSE[(p - CLOSE + 1 + next() % 2) % 3];
}

int main(void) {
    unsigned long long seed = 0;
    if (scanf("%llu", &seed) != 1) return 1;
    state = seed * 0x9E3779B97F4A7C15ULL + 1;

    balanced(MAX, 50); emit();                 // random walk, valid
    balanced(MAX, 100); emit();                // 5000 openers then closers
    balanced(MAX, 0); emit();                  // flat "()[]{}..." pairs
    balanced(MAX, 100); wrong_closer_at(MAX - 1); emit();    // last closer wrong
    balanced(MAX, 100); wrong_closer_at(MAX / 2); emit();    // first closer wrong
    balanced(MAX, 50); wrong_closer_at(MAX - 1); emit();
    balanced(MAX, 60);                         // swap two adjacent characters
    for (int i = MAX / 3; i < MAX - 1; i++) {
        if (buf[i] != buf[i + 1]) { char t = buf[i]; buf[i] = buf[i + 1]; buf[i + 1] = t; break; }
    }
    emit();
    balanced(MAX - 2, 50); buf[MAX - 2] = '('; buf[MAX - 1] = 0; emit();  // odd: unclosed at the end
    balanced(MAX, 50); buf[MAX - 1] = 0; emit();                           // last closer dropped
    balanced(MAX - 2, 50); memmove(buf + 1, buf, MAX - 2); buf[0] = '{'; buf[MAX - 1] = '}'; buf[MAX] = 0; emit(); // wrapped: valid
    balanced(MAX - 2, 70); memmove(buf + 1, buf, MAX - 2); buf[0] = ')'; buf[MAX - 1] = '('; buf[MAX] = 0; emit(); // counts balance, order wrong
    memset(buf, '(', MAX); buf[MAX] = 0; emit();                            // only openers
    memset(buf, ']', MAX); buf[MAX] = 0; emit();                            // only closers
    return 0;
}
