//! Light lexical scanning of user source: blanking comments (and optionally
//! string literals) while keeping every byte offset and line break, so the
//! drivers can ask "does the user define `ListNode`?" or "is `sort.` used?"
//! without being fooled by LeetCode's commented-out definitions.

use crate::language::Language;

/// `src` with comments replaced by spaces (newlines kept); with
/// `blank_strings`, string and character literal contents too.
pub fn strip_comments(src: &str, lang: Language, blank_strings: bool) -> String {
    let bytes = src.as_bytes();
    let mut out = bytes.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to.min(bytes.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == b'/' && next == Some(b'/') {
            let end = bytes[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if c == b'/' && next == Some(b'*') {
            let mut depth = 1;
            let mut j = i + 2;
            while j < bytes.len() && depth > 0 {
                if bytes[j] == b'*' && bytes.get(j + 1) == Some(&b'/') {
                    depth -= 1;
                    j += 2;
                } else if lang == Language::Rust
                    && bytes[j] == b'/'
                    && bytes.get(j + 1) == Some(&b'*')
                {
                    depth += 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if c == b'"'
            || (c == b'`' && lang == Language::Go)
            || (c == b'\'' && matches!(lang, Language::Go | Language::C | Language::Cpp))
        {
            let raw = c == b'`';
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != c {
                if bytes[j] == b'\\' && !raw {
                    j += 1;
                } else if bytes[j] == b'\n' && !raw {
                    break;
                }
                j += 1;
            }
            let end = (j + 1).min(bytes.len());
            if blank_strings && end > i + 2 {
                blank(&mut out, i + 1, end - 1);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    // Only ASCII bytes were replaced by ASCII spaces, but a blanked range may
    // have cut a multi-byte character: fall back lossily in that case.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Whether `code` (already stripped) contains the tokens `words` in a row
/// (e.g. `struct` `ListNode` `{`). Streams the tokens, keeping only the last
/// `words.len()`, so memory stays constant however long the source.
pub(crate) fn has_ident_sequence(code: &str, words: &[&str]) -> bool {
    let mut window = std::collections::VecDeque::with_capacity(words.len());
    tokens(code).any(|tok| {
        if window.len() == words.len() {
            window.pop_front();
        }
        window.push_back(tok);
        window.len() == words.len() && window.iter().eq(words.iter())
    })
}

/// Identifier and single-punctuation tokens of stripped code, lazily.
fn tokens(code: &str) -> impl Iterator<Item = &str> {
    let bytes = code.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let c = bytes[i];
            let start = i;
            i += 1;
            if c.is_ascii_alphanumeric() || c == b'_' {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                return Some(&code[start..i]);
            } else if !c.is_ascii_whitespace() && c.is_ascii() {
                return Some(&code[start..i]);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_blanked_keeping_lines() {
        let src =
            "/**\n * struct ListNode {\n */\nint x; // struct ListNode {\nchar *s = \"/* no */\";";
        let out = strip_comments(src, Language::C, false);
        assert_eq!(out.len(), src.len());
        assert_eq!(out.lines().count(), src.lines().count());
        assert!(!out.contains("ListNode"));
        assert!(out.contains("\"/* no */\""));
        let out = strip_comments(src, Language::C, true);
        assert!(!out.contains("no"));
    }

    #[test]
    fn rust_block_comments_nest_and_lifetimes_survive() {
        let src = "/* a /* b */ struct ListNode {} */ fn f<'a>(x: &'a str) {}";
        let out = strip_comments(src, Language::Rust, true);
        assert!(!out.contains("ListNode"));
        assert!(out.contains("fn f<'a>(x: &'a str)"));
    }

    #[test]
    fn go_raw_strings_are_strings() {
        let src = "x := `sort.Ints` // sort.Ints\ny := sort.Ints";
        let out = strip_comments(src, Language::Go, true);
        assert_eq!(out.matches("sort.Ints").count(), 1);
    }

    #[test]
    fn a_long_punctuation_source_scans_in_one_pass() {
        // 10 MB of one-byte tokens: streamed, never collected.
        let src = "(){};/".repeat(10 << 20 >> 2);
        let code = strip_comments(&src, Language::C, true);
        assert_eq!(code.len(), src.len());
        assert!(!has_ident_sequence(&code, &["struct", "ListNode", "{"]));
    }

    #[test]
    fn identifier_sequences() {
        assert!(has_ident_sequence(
            "typedef struct ListNode {",
            &["struct", "ListNode", "{"]
        ));
        assert!(!has_ident_sequence(
            "struct ListNode* f();",
            &["struct", "ListNode", "{"]
        ));
        assert!(!has_ident_sequence(
            "struct ListNodeX {",
            &["struct", "ListNode", "{"]
        ));
        assert!(has_ident_sequence("é type ListNode", &["type", "ListNode"]));
        assert_eq!(
            tokens("a+b_1 é(").collect::<Vec<_>>(),
            ["a", "+", "b_1", "("]
        );
    }
}
