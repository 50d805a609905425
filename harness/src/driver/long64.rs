//! LeetCode's `long` is 64 bits (gcc on x86-64); on wasm32 it is 32 bits,
//! clang has no flag to change that and there is no wasm64 libc here. So the
//! user's own C or C++ file (never a header) is rewritten lexically before it
//! is compiled: the keyword `long` becomes `long long` unless it already is
//! part of `long long` or `long double`; integer literal suffixes `L`/`UL`
//! become `LL`/`ULL`; printf/scanf conversions `%ld`, `%lu`, ... in string
//! literals become `%lld`, `%llu`, ... (they now receive a `long long`).
//! Comments, character literals, raw strings and `#include` lines are left
//! alone. Every rewrite only inserts text inside a line, so the compiler's
//! line numbers still point at the user's lines (columns after a rewrite
//! shift by its length). `limits_begin`/`limits_end` wrap the user's file in
//! the driver to give `LONG_MAX` and the `long` library functions their
//! 64-bit meaning. What stays 32 bits: `long` inside the headers (`ssize_t`,
//! `ptrdiff_t`, a `long` parameter of a library function not mapped here).

/// Where the rewrite inserts what: `(byte offset in the source, text)`, in
/// increasing offset order.
type Insertions = Vec<(usize, &'static str)>;

/// `(name, 64-bit replacement)` for `limits_begin`: `LONG_MAX` and friends
/// with 64-bit values, and the library functions that take or return `long`
/// mapped to their `long long` twins, as LeetCode's 64-bit `long` makes them.
const RENAMED: &[(&str, &str)] = &[
    ("LONG_MAX", "__LONG_LONG_MAX__"),
    ("LONG_MIN", "(-__LONG_LONG_MAX__ - 1LL)"),
    ("ULONG_MAX", "(__LONG_LONG_MAX__ * 2ULL + 1ULL)"),
    ("strtol", "strtoll"),
    ("strtoul", "strtoull"),
    ("atol", "atoll"),
    ("labs", "llabs"),
    ("lround", "llround"),
    ("lrint", "llrint"),
    ("stol", "stoll"),
    ("stoul", "stoull"),
    ("__builtin_popcountl", "__builtin_popcountll"),
    ("__builtin_clzl", "__builtin_clzll"),
    ("__builtin_ctzl", "__builtin_ctzll"),
    ("__builtin_ffsl", "__builtin_ffsll"),
    ("__builtin_parityl", "__builtin_parityll"),
];

/// The macro block put before the user's file (after the prelude's
/// includes); `limits_end` restores the platform's macros for the driver.
pub(super) fn limits_begin() -> String {
    let mut out = String::from("/* judge: LeetCode's long is 64 bits */\n");
    for (name, value) in RENAMED {
        out.push_str(&format!(
            "#pragma push_macro(\"{name}\")\n#undef {name}\n#define {name} {value}\n"
        ));
    }
    out
}

/// The macro block put after the user's file: the driver's own code sees
/// the platform's definitions again.
pub(super) fn limits_end() -> String {
    RENAMED
        .iter()
        .map(|(name, _)| format!("#pragma pop_macro(\"{name}\")\n"))
        .collect()
}

/// The user's source with LeetCode's 64-bit `long` (see the module comment).
pub(super) fn rewrite(src: &[u8]) -> Vec<u8> {
    let insertions = insertions(src);
    let mut out = Vec::with_capacity(src.len() + insertions.len() * 5);
    let mut last = 0;
    for (at, text) in insertions {
        out.extend_from_slice(&src[last..at]);
        out.extend_from_slice(text.as_bytes());
        last = at;
    }
    out.extend_from_slice(&src[last..]);
    out
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$' || b >= 0x80
}

fn is_ident_char(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit()
}

/// Identifiers that, directly followed by a quote, prefix a literal.
const LITERAL_PREFIXES: &[&[u8]] = &[b"L", b"u", b"U", b"u8"];
const RAW_PREFIXES: &[&[u8]] = &[b"R", b"LR", b"uR", b"UR", b"u8R"];

struct Lexer<'a> {
    src: &'a [u8],
    at: usize,
    out: Insertions,
    /// The previous identifier, when nothing but blanks and comments came
    /// since (a `long` next to `long` or `double` is left alone).
    prev_ident: Option<&'a [u8]>,
    /// Inside a preprocessor directive: it ends at the end of the line.
    in_directive: bool,
    /// Only blanks since the last line start (a `#` starts a directive).
    line_start: bool,
}

fn insertions(src: &[u8]) -> Insertions {
    let mut lx = Lexer {
        src,
        at: 0,
        out: Vec::new(),
        prev_ident: None,
        in_directive: false,
        line_start: true,
    };
    lx.run();
    lx.out
}

impl<'a> Lexer<'a> {
    fn peek(&self, k: usize) -> u8 {
        self.src.get(self.at + k).copied().unwrap_or(0)
    }

    /// A backslash-newline (`\` then `\n` or `\r\n`) at `i`: its length.
    fn splice_at(&self, i: usize) -> usize {
        match self.src.get(i..).unwrap_or(&[]) {
            [b'\\', b'\n', ..] => 2,
            [b'\\', b'\r', b'\n', ..] => 3,
            _ => 0,
        }
    }

    fn run(&mut self) {
        while self.at < self.src.len() {
            let b = self.src[self.at];
            match b {
                b'\n' => {
                    if self.in_directive {
                        self.in_directive = false;
                        self.prev_ident = None;
                    }
                    self.line_start = true;
                    self.at += 1;
                }
                b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' => self.at += 1,
                b'\\' if self.splice_at(self.at) > 0 => self.at += self.splice_at(self.at),
                b'/' if self.peek(1) == b'/' => self.line_comment(),
                b'/' if self.peek(1) == b'*' => self.block_comment(),
                b'#' if self.line_start => {
                    self.line_start = false;
                    self.at += 1;
                    self.directive();
                }
                b'"' => self.token(|lx| lx.string(b'"', true)),
                b'\'' => self.token(|lx| lx.string(b'\'', false)),
                b'0'..=b'9' => self.token(Self::number),
                b'.' if self.peek(1).is_ascii_digit() => self.token(Self::number),
                _ if is_ident_start(b) => self.ident(),
                _ => self.token(|lx| lx.at += 1),
            }
        }
    }

    /// A token that is not an identifier: it separates `long` from `long`.
    fn token(&mut self, lex: impl FnOnce(&mut Self)) {
        self.line_start = false;
        self.prev_ident = None;
        lex(self);
    }

    fn line_comment(&mut self) {
        while self.at < self.src.len() && self.src[self.at] != b'\n' {
            let splice = self.splice_at(self.at);
            self.at += splice.max(1);
        }
    }

    fn block_comment(&mut self) {
        self.at += 2;
        while self.at < self.src.len() && !self.src[self.at..].starts_with(b"*/") {
            self.at += 1;
        }
        self.at = (self.at + 2).min(self.src.len());
    }

    /// After `#`: `#include` (and `#include_next`, `#import`) lines are
    /// skipped whole; other directives are lexed as code until the line ends.
    fn directive(&mut self) {
        self.in_directive = true;
        self.prev_ident = None;
        while matches!(self.peek(0), b' ' | b'\t') {
            self.at += 1;
        }
        let start = self.at;
        while is_ident_char(self.peek(0)) {
            self.at += 1;
        }
        if matches!(
            &self.src[start..self.at],
            b"include" | b"include_next" | b"import"
        ) {
            self.line_comment();
        }
    }

    /// A string (`"`) or character (`'`) literal from its opening quote;
    /// `format` rewrites `%ld`-style conversions inside it.
    fn string(&mut self, quote: u8, format: bool) {
        self.at += 1;
        let body = self.at;
        while self.at < self.src.len() {
            match self.src[self.at] {
                b'\\' => self.at += 2,
                b'\n' => break,
                c if c == quote => break,
                _ => self.at += 1,
            }
        }
        self.at = self.at.min(self.src.len());
        if format {
            self.format_conversions(body, self.at);
        }
        if self.peek(0) == quote {
            self.at += 1;
        }
    }

    /// `%ld`, `%5lu`, `%-lli`... in `src[from..to]`: a conversion with a
    /// single `l` on an integer gets a second one.
    fn format_conversions(&mut self, from: usize, to: usize) {
        let s = &self.src[from..to];
        let mut i = 0;
        while i < s.len() {
            if s[i] != b'%' {
                i += 1;
                continue;
            }
            i += 1;
            if s.get(i) == Some(&b'%') {
                i += 1;
                continue;
            }
            while i < s.len() && b"-+ #0'123456789$.*".contains(&s[i]) {
                i += 1;
            }
            if s.get(i) == Some(&b'l') && s.get(i + 1).is_some_and(|c| b"diouxXn".contains(c)) {
                self.out.push((from + i + 1, "l"));
                i += 2;
            }
        }
    }

    /// A preprocessing number; an integer literal's single `l`/`L` suffix
    /// becomes `ll`/`LL`.
    fn number(&mut self) {
        let start = self.at;
        loop {
            let c = self.peek(0);
            let prev = if self.at > start {
                self.src[self.at - 1]
            } else {
                0
            };
            if (c == b'+' || c == b'-') && matches!(prev, b'e' | b'E' | b'p' | b'P') {
                self.at += 1;
            } else if c == b'\'' && is_ident_char(self.peek(1)) && self.at > start {
                self.at += 2;
            } else if is_ident_char(c) || c == b'.' {
                self.at += 1;
            } else {
                break;
            }
        }
        let text = &self.src[start..self.at];
        let hex = text.len() > 1 && text[0] == b'0' && matches!(text[1], b'x' | b'X');
        let float = text.contains(&b'.')
            || if hex {
                text.iter().any(|c| matches!(c, b'p' | b'P'))
            } else {
                text.iter().any(|c| matches!(c, b'e' | b'E'))
            };
        if float {
            return;
        }
        let suffix = text
            .iter()
            .rev()
            .take_while(|c| matches!(c, b'u' | b'U' | b'l' | b'L'))
            .count();
        let digits = &text[..text.len() - suffix];
        let digit_before = digits.last().is_some_and(|c| {
            c.is_ascii_digit() || (hex && digits.len() > 2 && c.is_ascii_hexdigit())
        });
        let suffix = &text[text.len() - suffix..];
        let ells: Vec<usize> = (0..suffix.len())
            .filter(|&i| matches!(suffix[i], b'l' | b'L'))
            .collect();
        if digit_before && ells.len() == 1 && suffix.len() <= 2 {
            let at = start + digits.len() + ells[0] + 1;
            self.out
                .push((at, if suffix[ells[0]] == b'l' { "l" } else { "L" }));
        }
    }

    fn ident(&mut self) {
        self.line_start = false;
        let start = self.at;
        while is_ident_char(self.peek(0)) {
            self.at += 1;
        }
        let word = &self.src[start..self.at];
        let quote = self.peek(0);
        if quote == b'"' && RAW_PREFIXES.contains(&word) {
            self.prev_ident = None;
            self.raw_string();
            return;
        }
        if matches!(quote, b'"' | b'\'') && LITERAL_PREFIXES.contains(&word) {
            self.prev_ident = None;
            self.string(quote, quote == b'"');
            return;
        }
        if word == b"long" {
            let beside = |w: Option<&[u8]>| matches!(w, Some(b"long" | b"double"));
            if !beside(self.prev_ident) && !beside(self.next_ident()) {
                self.out.push((self.at, " long"));
            }
        }
        self.prev_ident = Some(word);
    }

    /// The identifier after the current position, past blanks, comments and
    /// line splices (not past a directive's end).
    fn next_ident(&self) -> Option<&'a [u8]> {
        let s = self.src;
        let mut i = self.at;
        loop {
            match s.get(i..).unwrap_or(&[]) {
                [b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c', ..] => i += 1,
                [b'\n', ..] if !self.in_directive => i += 1,
                [b'/', b'/', ..] => {
                    while i < s.len() && s[i] != b'\n' {
                        i += self.splice_at(i).max(1);
                    }
                }
                [b'/', b'*', ..] => {
                    i += 2;
                    while i < s.len() && !s[i..].starts_with(b"*/") {
                        i += 1;
                    }
                    i += 2;
                }
                [b'\\', ..] if self.splice_at(i) > 0 => i += self.splice_at(i),
                [c, ..] if is_ident_start(*c) => {
                    let end = i + s[i..].iter().take_while(|&&c| is_ident_char(c)).count();
                    return Some(&s[i..end]);
                }
                _ => return None,
            }
        }
    }

    /// `R"delim( ... )delim"`, copied as it is; a malformed one is an
    /// ordinary string.
    fn raw_string(&mut self) {
        let open = self.at + 1;
        let delim_len = self.src[open..]
            .iter()
            .take(17)
            .position(|&c| c == b'(')
            .filter(|&n| {
                self.src[open..open + n]
                    .iter()
                    .all(|c| !b" ()\\\t\x0b\x0c\r\n".contains(c))
            });
        let Some(n) = delim_len else {
            self.string(b'"', false);
            return;
        };
        let mut close = Vec::with_capacity(n + 2);
        close.push(b')');
        close.extend_from_slice(&self.src[open..open + n]);
        close.push(b'"');
        let body = open + n + 1;
        self.at = match self.src[body..]
            .windows(close.len())
            .position(|w| w == close.as_slice())
        {
            Some(p) => body + p + close.len(),
            None => self.src.len(),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rw(s: &str) -> String {
        String::from_utf8(rewrite(s.as_bytes())).unwrap()
    }

    #[test]
    fn long_becomes_long_long() {
        assert_eq!(rw("long x;"), "long long x;");
        assert_eq!(
            rw("unsigned long x; long int y;"),
            "unsigned long long x; long long int y;"
        );
        assert_eq!(
            rw("vector<long> v; (long)x"),
            "vector<long long> v; (long long)x"
        );
        assert_eq!(
            rw("long long a; long double b; double long c;"),
            "long long a; long double b; double long c;"
        );
        assert_eq!(rw("long /* c */ long a;"), "long /* c */ long a;");
        assert_eq!(rw("long\nlong a;"), "long\nlong a;");
        assert_eq!(rw("long // c\n long a;"), "long // c\n long a;");
        assert_eq!(
            rw("longest; along; long_; long1"),
            "longest; along; long_; long1"
        );
    }

    #[test]
    fn comments_literals_and_includes_are_left_alone() {
        for s in [
            "// long x;\n",
            "/* long\nlong x */",
            "\"long x\"",
            "'l'",
            "#include <long.h>\n",
            "# include \"long\"\n",
            "R\"x(long \"%ld\" )\")x\"",
            "u8\"long\"",
            "// a \\\nlong x;\n",
        ] {
            assert_eq!(rw(s), s);
        }
        assert_eq!(rw("#include <a>\nlong x;"), "#include <a>\nlong long x;");
    }

    #[test]
    fn directives_are_code_until_their_line_ends() {
        assert_eq!(rw("#define ll long\nll x;"), "#define ll long long\nll x;");
        assert_eq!(
            rw("#define T long\nlong x;"),
            "#define T long long\nlong long x;"
        );
        assert_eq!(rw("#define int long long\n"), "#define int long long\n");
        assert_eq!(
            rw("#define T long \\\n long\n"),
            "#define T long \\\n long\n"
        );
    }

    #[test]
    fn literal_suffixes() {
        assert_eq!(
            rw("1L 2l 3UL 4ul 5Lu 0x7fL 0xFUL 077L 0b1L"),
            "1LL 2ll 3ULL 4ull 5LLu 0x7fLL 0xFULL 077LL 0b1LL"
        );
        assert_eq!(
            rw("1LL 2ULL 3llu 1.0L 1e5L 0x1p3L .5L 1'000L"),
            "1LL 2ULL 3llu 1.0L 1e5L 0x1p3L .5L 1'000LL"
        );
        assert_eq!(rw("1_L 12 x1L"), "1_L 12 x1L");
    }

    #[test]
    fn format_conversions() {
        assert_eq!(
            rw(r#"printf("%ld %5lu %-lli %lx %lld %lf %ls %% ld %%ld", a);"#),
            r#"printf("%lld %5llu %-lli %llx %lld %lf %ls %% ld %%ld", a);"#
        );
        assert_eq!(
            rw(r#"scanf("%ld", &x); 'x' "\"%ld""#),
            r#"scanf("%lld", &x); 'x' "\"%lld""#
        );
    }

    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("long".to_string()),
            Just("double".to_string()),
            Just("unsigned".to_string()),
            Just("#include".to_string()),
            Just("#define".to_string()),
            Just("%ld".to_string()),
            Just("1L".to_string()),
            Just("0x".to_string()),
            Just("R\"(".to_string()),
            Just(")\"".to_string()),
            "[ \\n\\t/*\"'\\\\#%.eElLuU0-9a-z()_]{1,3}",
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_bytes_never_panic(src in prop::collection::vec(any::<u8>(), 0..300)) {
            let out = rewrite(&src);
            prop_assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), src.iter().filter(|&&b| b == b'\n').count());
        }

        /// Only the documented insertions, each where it belongs; applying
        /// the rewrite twice changes nothing more; lines stay lines.
        #[test]
        fn only_documented_insertions_and_idempotent(src in pieces()) {
            let src = src.as_bytes();
            let mut last = 0;
            for (at, text) in insertions(src) {
                prop_assert!(at >= last);
                last = at;
                let before = &src[..at];
                match text {
                    " long" => prop_assert!(before.ends_with(b"long")
                        && !before[..before.len() - 4].last().copied().is_some_and(is_ident_char)
                        && !src.get(at).copied().is_some_and(is_ident_char)),
                    "l" | "L" => prop_assert!(before.last() == Some(&text.as_bytes()[0])),
                    other => prop_assert!(false, "undocumented insertion {other:?}"),
                }
            }
            let once = rewrite(src);
            prop_assert_eq!(rewrite(&once), once.clone());
            prop_assert_eq!(once.iter().filter(|&&b| b == b'\n').count(), src.iter().filter(|&&b| b == b'\n').count());
        }

        /// Whatever sits in a comment or a character literal is never touched.
        #[test]
        fn comments_and_char_literals_untouched(code in pieces(), inner in "[ a-z%0-9lLd]{0,20}") {
            let wrapped = format!("/*{inner}*/'{}'// {inner}\n", inner.replace('\'', ""));
            let src = format!("{wrapped}{code}");
            let out = String::from_utf8_lossy(&rewrite(src.as_bytes())).into_owned();
            prop_assert!(out.starts_with(&wrapped));
        }
    }
}
