//! `judge.toml`, the optional configuration at the root of a solutions
//! repository: extra files mapped to problems, paths to ignore, and files
//! expected to fail with a given verdict. Parsed into raw serde structs that
//! reject unknown keys, then validated; every error names its line.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::glob::Glob;
use crate::input::{self, InputError};
use crate::registry::suggest;
use crate::verdict::Verdict;

/// The file name looked for at the repository root.
pub const FILE_NAME: &str = "judge.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    map: Vec<Spanned<RawMap>>,
    #[serde(default)]
    expect: Vec<Spanned<RawExpect>>,
    /// `complexity = "off" | "advisory" | "enforce"`.
    complexity: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    path: Spanned<String>,
    problem: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpect {
    path: Spanned<String>,
    verdict: Spanned<String>,
    /// Why the file is expected to fail (for people; not used).
    #[serde(default)]
    #[allow(dead_code)]
    reason: Option<String>,
}

/// A validated `judge.toml`.
#[derive(Debug, Clone, Default)]
pub struct CheckConfig {
    /// Paths (and everything below them) never looked at.
    pub ignore: Vec<Glob>,
    /// Files mapped to problems explicitly, first match wins.
    pub maps: Vec<MapRule>,
    /// Files expected to get a verdict other than AC, first match wins.
    pub expects: Vec<ExpectRule>,
    /// The complexity check's mode, when set (`--complexity` overrides it).
    pub complexity: Option<crate::complexity::Mode>,
}

/// `[[map]] path = "misc/cache.go" problem = "lru-cache"`.
#[derive(Debug, Clone)]
pub struct MapRule {
    pub path: Glob,
    pub problem: String,
    /// Line in judge.toml, for warnings.
    pub line: usize,
}

/// `[[expect]] path = "lru-cache/slow.go" verdict = "TLE"`.
#[derive(Debug, Clone)]
pub struct ExpectRule {
    pub path: Glob,
    pub verdict: Verdict,
    pub line: usize,
}

/// One problem in `judge.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Every problem found in `judge.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

impl CheckConfig {
    /// Reads `<root>/judge.toml` if there is one (else the empty config),
    /// checking problem ids against `known`.
    pub fn load(root: &Path, known: &[&str]) -> Result<CheckConfig, ConfigErrors> {
        let file = root.join(FILE_NAME);
        let unreadable = |message: String| {
            ConfigErrors(vec![ConfigError {
                file: file.clone(),
                line: None,
                message,
            }])
        };
        let bytes = match input::read_inside(root, &file, input::CONFIG_CAP, "the repository") {
            Ok(bytes) => bytes,
            Err(InputError::NotFound) if std::fs::symlink_metadata(&file).is_err() => {
                return Ok(CheckConfig::default())
            }
            Err(e) => return Err(unreadable(format!("cannot read: {e}"))),
        };
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            ConfigErrors(vec![ConfigError {
                file: file.clone(),
                line: Some(valid.iter().filter(|&&b| b == b'\n').count() + 1),
                message: "not UTF-8 text".into(),
            }])
        })?;
        CheckConfig::parse(&text, &file, known)
    }

    /// Parses and validates the text of a `judge.toml` (`file` names it in
    /// errors).
    pub fn parse(text: &str, file: &Path, known: &[&str]) -> Result<CheckConfig, ConfigErrors> {
        let error = |span: Option<std::ops::Range<usize>>, message: String| ConfigError {
            file: file.to_path_buf(),
            line: span.map(|s| line_of(text, s.start)),
            message,
        };
        let raw: RawConfig = toml::from_str(text)
            .map_err(|e| ConfigErrors(vec![error(e.span(), e.message().trim().to_string())]))?;
        let mut errors = Vec::new();
        let mut config = CheckConfig::default();
        let glob = |s: &Spanned<String>, errors: &mut Vec<ConfigError>| match Glob::new(s.get_ref())
        {
            Ok(g) => Some(g),
            Err(message) => {
                errors.push(error(Some(s.span()), message));
                None
            }
        };
        for pattern in &raw.ignore {
            if let Some(g) = glob(pattern, &mut errors) {
                config.ignore.push(g);
            }
        }
        for entry in &raw.map {
            let line = line_of(text, entry.span().start);
            let entry = entry.get_ref();
            let path = glob(&entry.path, &mut errors);
            let problem = entry.problem.get_ref().trim().to_string();
            if !known.contains(&problem.as_str()) {
                let hint = match suggest(&problem, known.iter().copied()).as_slice() {
                    [] => "`judge list` shows the problems".to_string(),
                    close => format!(
                        "did you mean {}?",
                        close
                            .iter()
                            .map(|s| format!("`{s}`"))
                            .collect::<Vec<_>>()
                            .join(" or ")
                    ),
                };
                errors.push(error(
                    Some(entry.problem.span()),
                    format!("unknown problem `{problem}`; {hint}"),
                ));
                continue;
            }
            if let Some(path) = path {
                config.maps.push(MapRule {
                    path,
                    problem,
                    line,
                });
            }
        }
        for entry in &raw.expect {
            let line = line_of(text, entry.span().start);
            let entry = entry.get_ref();
            let path = glob(&entry.path, &mut errors);
            let verdict = match Verdict::parse(entry.verdict.get_ref()) {
                Some(v) => Some(v),
                None => {
                    errors.push(error(
                        Some(entry.verdict.span()),
                        format!(
                            "unknown verdict `{}` (one of: {})",
                            entry.verdict.get_ref(),
                            Verdict::ALL
                                .iter()
                                .map(|v| v.code())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                    None
                }
            };
            if let (Some(path), Some(verdict)) = (path, verdict) {
                config.expects.push(ExpectRule {
                    path,
                    verdict,
                    line,
                });
            }
        }
        if let Some(mode) = &raw.complexity {
            config.complexity = crate::complexity::Mode::parse(mode.get_ref());
            if config.complexity.is_none() {
                errors.push(error(
                    Some(mode.span()),
                    format!(
                        "complexity = \"{}\" must be \"off\", \"advisory\" or \"enforce\"",
                        mode.get_ref()
                    ),
                ));
            }
        }
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(ConfigErrors(errors))
        }
    }

    /// Whether `path` (or a directory above it) is ignored.
    pub fn is_ignored(&self, path: &str) -> bool {
        self.ignore.iter().any(|g| g.matches_or_within(path))
    }

    /// The problem a `[[map]]` entry gives `path`.
    pub fn mapped(&self, path: &str) -> Option<&MapRule> {
        self.maps.iter().find(|m| m.path.matches(path))
    }

    /// The verdict an `[[expect]]` entry gives `path`.
    pub fn expected(&self, path: &str) -> Option<&ExpectRule> {
        self.expects.iter().find(|e| e.path.matches(path))
    }
}

/// The 1-based line holding byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [&str; 2] = ["lru-cache", "min-stack"];

    fn parse(text: &str) -> Result<CheckConfig, ConfigErrors> {
        CheckConfig::parse(text, Path::new("judge.toml"), &KNOWN)
    }

    #[test]
    fn parses_maps_ignores_and_expectations() {
        let config = parse(
            r#"
ignore = ["vendor/**", "scratch"]

[[map]]
path = "misc/cache.go"
problem = "lru-cache"

[[expect]]
path = "lru-cache/slow.go"
verdict = "TLE"
reason = "O(n) get"
"#,
        )
        .unwrap();
        assert!(config.is_ignored("vendor/a/b.go"));
        assert!(config.is_ignored("scratch/x.go"));
        assert!(!config.is_ignored("lru-cache/x.go"));
        assert_eq!(config.mapped("misc/cache.go").unwrap().problem, "lru-cache");
        let expect = config.expected("lru-cache/slow.go").unwrap();
        assert_eq!(expect.verdict, Verdict::TimeLimitExceeded);
        assert_eq!(expect.line, 8);
    }

    #[test]
    fn unknown_keys_name_their_line() {
        let err = parse("ignore = []\n\n[[expect]]\npath = \"a.go\"\nverdit = \"WA\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("judge.toml:5:"), "{err}");
        assert!(err.contains("verdit"), "{err}");
        let err = parse("colour = true\n").unwrap_err().to_string();
        assert!(err.starts_with("judge.toml:1:"), "{err}");
    }

    #[test]
    fn validation_errors_name_their_line() {
        let err = parse(
            "[[map]]\npath = \"a.go\"\nproblem = \"lru-cach\"\n\n[[expect]]\npath = \"b.go\"\nverdict = \"SLOW\"\n",
        )
        .unwrap_err();
        assert_eq!(err.0.len(), 2);
        assert_eq!(err.0[0].line, Some(3));
        assert!(err.0[0].message.contains("`lru-cache`"));
        assert_eq!(err.0[1].line, Some(7));
        assert!(err.0[1].message.contains("SLOW"));
    }

    #[test]
    fn syntax_errors_name_their_line() {
        let err = parse("ignore = [\"a\"]\n[[map]\n").unwrap_err();
        assert_eq!(err.0[0].line, Some(2), "{err}");
    }
}
