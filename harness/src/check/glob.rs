//! Path patterns for `judge.toml` (`ignore`, `[[map]]`, `[[expect]]`): a
//! small glob dialect over `/`-separated paths relative to the repository
//! root, so the config reads the same on every platform and needs no crate.
//!
//! `*` matches within one path segment, `?` one character in a segment, `**`
//! any number of whole segments (including none). A pattern without glob
//! characters matches that exact path and, when it names a directory,
//! everything below it (`vendor` ignores `vendor/x/y.go`). A trailing `/`
//! is allowed (`vendor/`).

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    text: String,
    segments: Vec<String>,
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
        let segments: Vec<String> = trimmed.split('/').map(str::to_string).collect();
        if segments.iter().any(|s| s == ".." || s.is_empty()) {
            return Err(format!(
                "`{text}`: `..` and empty segments are not allowed in a path pattern"
            ));
        }
        if segments
            .iter()
            .any(|s| s.contains("**") && s.as_str() != "**")
        {
            return Err(format!(
                "`{text}`: `**` must be a whole path segment (`a/**/b`)"
            ));
        }
        Ok(Glob {
            text: text.to_string(),
            segments,
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the pattern has glob characters (else it names one path).
    pub fn is_literal(&self) -> bool {
        !self
            .segments
            .iter()
            .any(|s| s.contains('*') || s.contains('?'))
    }

    /// Whether `path` (relative, `/`-separated) matches exactly.
    pub fn matches(&self, path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match_segments(&self.segments, &parts)
    }

    /// Whether `path` or one of its parent directories matches.
    pub fn matches_or_within(&self, path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        (1..=parts.len()).any(|n| match_segments(&self.segments, &parts[..n]))
    }
}

fn match_segments(pattern: &[String], parts: &[&str]) -> bool {
    match pattern.split_first() {
        None => parts.is_empty(),
        Some((first, rest)) if first == "**" => {
            (0..=parts.len()).any(|skip| match_segments(rest, &parts[skip..]))
        }
        Some((first, rest)) => match parts.split_first() {
            Some((part, tail)) => match_segment(first, part) && match_segments(rest, tail),
            None => false,
        },
    }
}

/// `*` and `?` within one segment.
fn match_segment(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
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
    }
}
