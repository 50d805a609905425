//! `judge check --format github`: GitHub Actions workflow commands. One
//! `::error file=...,line=...::` annotation per unexpected verdict (a compile
//! error points at the compiler's line in the user's file, a runtime error at
//! the user's line in its stack trace when there is one, anything else at
//! line 1), then a `::notice` summary line. Escaping follows the runner's
//! rules: `%`, CR and LF everywhere, plus `:` and `,` in properties. Other
//! control characters are shown as escapes first, as in the terminal
//! reports: the runner's log viewer interprets ANSI sequences.

use std::fmt::Write as _;

use harness::check::{Outcome, Summary};

/// Every annotation, then the summary.
pub fn render(outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    for o in outcomes.iter().filter(|o| o.is_unexpected()) {
        let title = format!(
            "{} (expected {}) in {}",
            super::verdict_text(o),
            o.solution.expected.code(),
            o.solution.problem
        );
        let message = super::details(o).join("\n");
        let _ = writeln!(
            out,
            "::error file={},line={},title={}::{}",
            property(&o.solution.file),
            o.line(),
            property(&title),
            data(&message)
        );
    }
    let summary = Summary::of(outcomes);
    let _ = writeln!(
        out,
        "::notice title=judge check::{}",
        data(&super::human::counts(&summary))
    );
    out
}

/// A discovery warning as an annotation.
pub fn warning(text: &str) -> String {
    format!("::warning title=judge check::{}", data(text))
}

/// A command's message.
pub fn data(text: &str) -> String {
    crate::report::terminal::escape(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value.
pub fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_runner() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(data("\u{1b}[31mred\r\n"), "\\x1b[31mred\\r%0A");
    }
}
