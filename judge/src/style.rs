//! Colour, decided once: only when the stream is a terminal and `NO_COLOR` is
//! unset. Hand-rolled ANSI codes keep the dependency list short; everything
//! printed goes through `Paint` so a pipe or a file never sees escapes.

use std::io::IsTerminal;

use harness::Verdict;

/// Whether `NO_COLOR` asks for no colour (any non-empty value).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Whether stdout gets colour.
pub fn stdout_color() -> bool {
    !no_color() && std::io::stdout().is_terminal()
}

/// Whether stderr gets colour.
pub fn stderr_color() -> bool {
    !no_color() && std::io::stderr().is_terminal()
}

/// `error:` in red when stderr is a terminal.
pub fn error_label() -> String {
    Paint::new(stderr_color()).red_bold("error:")
}

/// Applies ANSI styles, or nothing when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    on: bool,
}

impl Paint {
    pub fn new(on: bool) -> Paint {
        Paint { on }
    }

    fn wrap(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }

    pub fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }

    pub fn red_bold(self, text: &str) -> String {
        self.wrap("1;31", text)
    }

    pub fn green(self, text: &str) -> String {
        self.wrap("32", text)
    }

    pub fn yellow(self, text: &str) -> String {
        self.wrap("33", text)
    }

    /// A verdict code, padded to `width`, green for AC and red otherwise.
    pub fn verdict(self, verdict: Option<Verdict>, width: usize) -> String {
        let text = format!("{:<width$}", verdict.map_or("--", Verdict::code));
        match verdict {
            None => self.dim(&text),
            Some(Verdict::Accepted) => self.wrap("1;32", &text),
            Some(Verdict::InternalError) => self.wrap("1;35", &text),
            Some(_) => self.red_bold(&text),
        }
    }
}
