//! Path patterns for `judge.toml` (`ignore`, `[[map]]`, `[[expect]]`) over
//! `/`-separated paths relative to the repository root, so the config reads
//! the same on every platform. Matching is `globset`'s (ripgrep's), which
//! compiles to a regex and runs in linear time whatever the pattern.
//!
//! `*` matches within one path segment, `?` one character in a segment, `**`
//! any number of whole segments (including none); `[abc]` and `{a,b}` work
//! as in ripgrep. A pattern without glob characters matches that exact path
//! and, when it names a directory, everything below it (`vendor` ignores
//! `vendor/x/y.go`). A trailing `/` is allowed (`vendor/`).

use globset::GlobMatcher;

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Glob {
    text: String,
    literal: bool,
    matcher: GlobMatcher,
}

impl Glob {
    /// Parses a pattern; rejects empty ones, absolute paths and `..`.
    pub fn new(text: &str) -> Result<Glob, String> {
        let trimmed = text.trim().trim_end_matches('/');
        let trimmed = trimmed.strip_prefix("./").unwrap_or(trimmed);
        if trimmed.is_empty() {
            return Err("an empty path pattern".into());
        }
        if trimmed.starts_with('/') {
            return Err(format!(
                "`{text}` is absolute; paths are relative to the directory holding judge.toml"
            ));
        }
        if trimmed.contains('\\') {
            return Err(format!("`{text}`: write paths with `/`, not `\\`"));
        }
        let segments: Vec<&str> = trimmed.split('/').collect();
        if segments.iter().any(|s| *s == ".." || s.is_empty()) {
            return Err(format!(
                "`{text}`: `..` and empty segments are not allowed in a path pattern"
            ));
        }
        if segments.iter().any(|s| s.contains("**") && *s != "**") {
            return Err(format!(
                "`{text}`: `**` must be a whole path segment (`a/**/b`)"
            ));
        }
        let matcher = globset::GlobBuilder::new(trimmed)
            .literal_separator(true)
            .backslash_escape(false)
            .build()
            .map_err(|e| format!("`{text}`: {}", e.kind()))?
            .compile_matcher();
        Ok(Glob {
            text: text.to_string(),
            literal: !trimmed.contains(['*', '?', '[', '{']),
            matcher,
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the pattern has glob characters (else it names one path).
    pub fn is_literal(&self) -> bool {
        self.literal
    }

    /// Whether `path` (relative, `/`-separated) matches exactly.
    pub fn matches(&self, path: &str) -> bool {
        self.matcher.is_match(path)
    }

    /// Whether `path` or one of its parent directories matches.
    pub fn matches_or_within(&self, path: &str) -> bool {
        path.match_indices('/')
            .map(|(at, _)| &path[..at])
            .chain(std::iter::once(path))
            .any(|prefix| self.matches(prefix))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(p: &str) -> Glob {
        Glob::new(p).unwrap()
    }

    #[test]
    fn segments_stars_and_double_stars() {
        assert!(g("misc/cache.go").matches("misc/cache.go"));
        assert!(!g("misc/cache.go").matches("misc/cache.go.bak"));
        assert!(g("misc/*.go").matches("misc/cache.go"));
        assert!(!g("misc/*.go").matches("misc/a/cache.go"));
        assert!(g("misc/**/*.go").matches("misc/cache.go"));
        assert!(g("misc/**/*.go").matches("misc/a/b/cache.go"));
        assert!(g("**/slow_*.c").matches("x/y/slow_1.c"));
        assert!(g("a?c").matches("abc"));
        assert!(!g("a?c").matches("ac"));
        assert!(g("vendor/**").matches("vendor/x/y.go"));
        assert!(g("vendor").matches_or_within("vendor/x/y.go"));
        assert!(g("./vendor/").matches_or_within("vendor/x/y.go"));
        assert!(!g("vendor").matches_or_within("vendored/x.go"));
        assert!(!g("*.go").is_literal() && g("a/b.go").is_literal());
    }

    #[test]
    fn rejects_bad_patterns() {
        assert!(Glob::new("").is_err());
        assert!(Glob::new("/abs").is_err());
        assert!(Glob::new("../up").is_err());
        assert!(Glob::new("a**b").is_err());
        assert!(Glob::new("a/[b").is_err());
    }

    #[test]
    fn many_double_stars_match_in_linear_time() {
        let pattern = format!("{}x.go", "**/".repeat(25));
        let deep = format!("{}y.go", "d/".repeat(17));
        let started = std::time::Instant::now();
        assert!(!g(&pattern).matches_or_within(&deep));
        assert!(g(&pattern).matches(&format!("{}x.go", "d/".repeat(17))));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn classes_and_alternatives() {
        assert!(g("lru-cache/{a,b}.go").matches("lru-cache/b.go"));
        assert!(g("x/[ab]*.c").matches("x/alpha.c"));
        assert!(!g("x/[ab]*.c").matches("x/c.c"));
    }
}
