//! Text that a solution (or a stranger's repository) controls must not
//! drive the user's terminal: a program printing `ESC [2J` or an OSC window
//! title would otherwise clear the screen or worse. Every guest-controlled
//! string goes through [`escape`] before the human reports print it.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` with control characters shown as escapes (`\x1b`, `\r`,
/// `\u{9b}`), keeping newlines and tabs. Bidirectional overrides are
/// escaped too, so text cannot be made to read differently from its bytes.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if !needs_escape(c) => out.push(c),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(escape("plain\ttext\n"), "plain\ttext\n");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(
            escape("\x1b[2J\x1b]0;owned\x07"),
            "\\x1b[2J\\x1b]0;owned\\x07"
        );
        assert_eq!(escape("a\rb\u{9b}c\u{202e}"), "a\\rb\\u{9b}c\\u{202e}");
        assert_eq!(escape("\x7f"), "\\x7f");
    }
}
