//! Verdicts: one per test, and for the submission the first non-AC in test
//! order.

use std::fmt;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Verdict {
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    RuntimeError,
    CompileError,
    InternalError,
}

impl Verdict {
    pub const ALL: [Verdict; 8] = [
        Verdict::Accepted,
        Verdict::WrongAnswer,
        Verdict::TimeLimitExceeded,
        Verdict::MemoryLimitExceeded,
        Verdict::OutputLimitExceeded,
        Verdict::RuntimeError,
        Verdict::CompileError,
        Verdict::InternalError,
    ];

    /// The short code: `AC`, `WA`, `TLE`, `MLE`, `OLE`, `RE`, `CE`, `IE`.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Accepted => "AC",
            Verdict::WrongAnswer => "WA",
            Verdict::TimeLimitExceeded => "TLE",
            Verdict::MemoryLimitExceeded => "MLE",
            Verdict::OutputLimitExceeded => "OLE",
            Verdict::RuntimeError => "RE",
            Verdict::CompileError => "CE",
            Verdict::InternalError => "IE",
        }
    }

    /// The `solutions/<folder>/` name, as Kattis packages spell it.
    pub fn folder(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::TimeLimitExceeded => "time_limit_exceeded",
            Verdict::MemoryLimitExceeded => "memory_limit_exceeded",
            Verdict::OutputLimitExceeded => "output_limit_exceeded",
            Verdict::RuntimeError => "runtime_error",
            Verdict::CompileError => "compile_error",
            Verdict::InternalError => "internal_error",
        }
    }

    pub fn from_folder(name: &str) -> Option<Verdict> {
        Verdict::ALL
            .into_iter()
            .filter(|v| *v != Verdict::InternalError)
            .find(|v| v.folder() == name)
    }

    /// Parses a code (`WA`) or a folder name (`wrong_answer`), any case.
    pub fn parse(text: &str) -> Option<Verdict> {
        let lower = text.trim().to_ascii_lowercase();
        Verdict::ALL
            .into_iter()
            .find(|v| v.code().eq_ignore_ascii_case(&lower) || v.folder() == lower)
    }

    pub fn is_accepted(self) -> bool {
        self == Verdict::Accepted
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The submission's verdict: the first non-AC in test order, else AC.
pub fn overall(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
    verdicts
        .into_iter()
        .find(|v| !v.is_accepted())
        .unwrap_or(Verdict::Accepted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_folders_round_trip() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::parse(v.code()), Some(v));
            assert_eq!(Verdict::parse(v.folder()), Some(v));
        }
        assert_eq!(Verdict::from_folder("internal_error"), None);
        assert_eq!(
            overall([
                Verdict::Accepted,
                Verdict::TimeLimitExceeded,
                Verdict::WrongAnswer
            ]),
            Verdict::TimeLimitExceeded
        );
        assert_eq!(overall([]), Verdict::Accepted);
    }
}
