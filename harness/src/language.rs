//! The languages a solution can be written in, and how their names appear on
//! the command line and in file extensions. Kept apart from the drivers so
//! the CLI and pack loading can name a language without pulling in codegen.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// A solution's language. `Wasm` is a ready module that speaks the driver
/// protocol itself, so it is never compiled.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    Go,
    Rust,
    C,
    Cpp,
    Wasm,
}

impl Language {
    /// Every language, in the order they are listed to users.
    pub const ALL: [Language; 5] = [
        Language::Go,
        Language::Rust,
        Language::C,
        Language::Cpp,
        Language::Wasm,
    ];

    /// The languages compiled from source (every one but `Wasm`).
    pub const SOURCE: [Language; 4] = [Language::Go, Language::Rust, Language::C, Language::Cpp];

    /// The canonical name: `go`, `rust`, `c`, `cpp`, `wasm`.
    pub fn name(self) -> &'static str {
        match self {
            Language::Go => "go",
            Language::Rust => "rust",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Wasm => "wasm",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Language::Go => "go",
            Language::Rust => "rs",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Wasm => "wasm",
        }
    }

    /// The language a file extension (without the dot, any case) stands for.
    pub fn from_extension(ext: &str) -> Option<Language> {
        match ext.to_ascii_lowercase().as_str() {
            "go" => Some(Language::Go),
            "rs" => Some(Language::Rust),
            "c" => Some(Language::C),
            "cpp" | "cc" | "cxx" | "c++" => Some(Language::Cpp),
            "wasm" => Some(Language::Wasm),
            _ => None,
        }
    }

    /// The language of a file, from its extension.
    pub fn from_path(path: &Path) -> Option<Language> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Language::from_extension)
    }

    /// Parses a `--lang` value: a canonical name or a common alias
    /// (`golang`, `rs`, `c++`, `cxx`, ...).
    pub fn parse(text: &str) -> Option<Language> {
        match text.trim().to_ascii_lowercase().as_str() {
            "go" | "golang" => Some(Language::Go),
            "rust" | "rs" => Some(Language::Rust),
            "c" => Some(Language::C),
            "cpp" | "c++" | "cxx" | "cc" => Some(Language::Cpp),
            "wasm" | "webassembly" => Some(Language::Wasm),
            _ => None,
        }
    }

    /// Whether this language is compiled from source with a driver.
    pub fn is_source(self) -> bool {
        self != Language::Wasm
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for a `--lang` value that names no language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}` (known: go, rust, c, cpp, wasm)")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::parse(s).ok_or_else(|| UnknownLanguage(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_extensions_and_aliases_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::parse(lang.name()), Some(lang));
            assert_eq!(Language::from_extension(lang.extension()), Some(lang));
            assert_eq!(lang.to_string(), lang.name());
        }
        assert_eq!(Language::from_extension("cc"), Some(Language::Cpp));
        assert_eq!(Language::from_extension("CPP"), Some(Language::Cpp));
        assert_eq!(
            Language::from_path(Path::new("a/lru.go")),
            Some(Language::Go)
        );
        assert_eq!(Language::from_path(Path::new("a/lru")), None);
        assert_eq!("c++".parse::<Language>(), Ok(Language::Cpp));
        assert!("java"
            .parse::<Language>()
            .unwrap_err()
            .to_string()
            .contains("java"));
    }
}
