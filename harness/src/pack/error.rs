//! Pack errors: every one names the file and, where it can, the line.

use std::fmt;

/// One problem found in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// The file, as the author knows it (`problems/lru-cache/problem.toml`).
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl PackError {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        PackError {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for PackError {}

/// Everything wrong with a pack, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackErrors(pub Vec<PackError>);

impl fmt::Display for PackErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PackErrors {}

impl From<PackError> for PackErrors {
    fn from(error: PackError) -> Self {
        PackErrors(vec![error])
    }
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
