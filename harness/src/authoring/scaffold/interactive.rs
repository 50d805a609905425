//! The template of `judge pack new --kind interactive`: a guessing game
//! whose C interactor speaks the Kattis protocol, a binary-search
//! reference, and two known failures (too many guesses; never flushing).

/// `problem.toml` after the shared preamble.
pub const INTERACTIVE_TOML: &str = r#"
# An interactive problem has no [signature] and no [checker]: solutions are
# whole programs talking to the interactor through stdin and stdout, and the
# interactor decides each test (Kattis protocol: argv `input answer
# feedback_dir`, exit 42 to accept or 43 to reject with a reason in
# feedback_dir/judgemessage.txt). Tests are tests/<name>.in, read by the
# interactor only, with an optional tests/<name>.ans.
[interactor]
program = "interactor/interact.c"   # C, C++, Rust or Go
# flags = ""              # arguments after input answer feedback_dir
# fuel = 5_000_000_000    # the interactor's own limits (defaults shown)
# memory_mib = 1024
"#;

pub const INTERACTIVE_STATEMENT: &str = "I picked a secret number between 1 and `n` (1 ≤ n ≤ 10^9). Find it.\n\nRead `n` from the first line. Then guess: print `? x` on a line of its\nown and flush your output; the answer is `higher` (the secret is larger\nthan `x`), `lower` (it is smaller) or `correct`. Stop after `correct`. You\nmay guess at most 30 times.\n\n**Example** (the secret is 7)\n\n```\n< 10\n> ? 5\n< higher\n> ? 8\n< lower\n> ? 7\n< correct\n```";

/// The other files, by path.
pub const INTERACTIVE_FILES: &[(&str, &str)] = &[
    ("tests/01-example.in", "10 7\n"),
    ("tests/02-one.in", "1 1\n"),
    ("tests/03-largest.in", "1000000000 1000000000\n"),
    ("tests/04-smallest.in", "1000000000 1\n"),
    (
        "interactor/interact.c",
        r#"// Interactor (Kattis protocol): argv is `input answer feedback_dir`. The
// input holds `n secret`; the solution's guesses arrive on stdin and the
// replies go to stdout, flushed after each line. Exit 42 accepts; 43
// rejects, with the reason in feedback_dir/judgemessage.txt. Files are
// read with C stdio.
#include <stdio.h>
#include <stdlib.h>

#define MAX_GUESSES 30

static const char *feedback_dir;

static void reject(const char *why, long long guesses) {
    char path[512];
    snprintf(path, sizeof path, "%sjudgemessage.txt", feedback_dir);
    FILE *f = fopen(path, "w");
    if (f) {
        fprintf(f, why, guesses);
        fclose(f);
    }
    exit(43);
}

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    feedback_dir = argv[3];
    FILE *in = fopen(argv[1], "r");
    long long n, secret;
    if (!in || fscanf(in, "%lld %lld", &n, &secret) != 2) return 1;
    fclose(in);
    printf("%lld\n", n);
    fflush(stdout);
    for (long long asked = 1;; asked++) {
        char mark;
        long long guess;
        if (scanf(" %c %lld", &mark, &guess) != 2 || mark != '?')
            reject("expected a guess `? x` after %lld guesses", asked - 1);
        if (asked > MAX_GUESSES) reject("guess %lld is one too many (at most 30)", asked);
        if (guess == secret) {
            printf("correct\n");
            fflush(stdout);
            return 42;
        }
        printf(guess < secret ? "higher\n" : "lower\n");
        fflush(stdout);
    }
}
"#,
    ),
    (
        "reference/reference.c",
        r#"// Reference: binary search, at most 30 guesses for n up to 10^9.
#include <stdio.h>
#include <string.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    long long lo = 1, hi = n;
    char reply[16];
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        printf("? %lld\n", mid);
        fflush(stdout);
        if (scanf("%15s", reply) != 1) return 1;
        if (strcmp(reply, "correct") == 0) return 0;
        if (strcmp(reply, "higher") == 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return 0;
}
"#,
    ),
    (
        "solutions/wrong_answer/linear.c",
        r#"// Wrong: guesses 1, 2, 3, ... and so asks too often when the secret is large.
#include <stdio.h>
#include <string.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    char reply[16];
    for (long long x = 1; x <= n; x++) {
        printf("? %lld\n", x);
        fflush(stdout);
        if (scanf("%15s", reply) != 1 || strcmp(reply, "correct") == 0) return 0;
    }
    return 0;
}
"#,
    ),
    (
        "solutions/time_limit_exceeded/no-flush.c",
        r#"// Too slow: never flushes its guesses, so the interactor never sees them and
// both wait for each other until the time runs out.
#include <stdio.h>
#include <string.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    long long lo = 1, hi = n;
    char reply[16];
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        printf("? %lld\n", mid);
        if (scanf("%15s", reply) != 1) return 1;
        if (strcmp(reply, "correct") == 0) return 0;
        if (strcmp(reply, "higher") == 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return 0;
}
"#,
    ),
];
