//! Finding the solutions in a repository by path: a source file (or `.wasm`)
//! inside a directory named after a known problem, at any depth, belongs to
//! that problem; `judge.toml` maps other files and marks expected failures.
//! Discovery never prints: what deserves a warning comes back as [`Warning`]s.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::config::CheckConfig;
use crate::language::Language;
use crate::registry::Registry;
use crate::verdict::Verdict;

/// Directories never entered (besides hidden ones, whose names start with `.`).
pub const SKIPPED_DIRS: [&str; 2] = ["target", "node_modules"];

/// One solution file to judge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// Relative to the repository root, `/`-separated: what `judge.toml`
    /// patterns and `--shard` see (`lru-cache/alice.go`).
    pub path: String,
    /// As seen from the working directory (`examples/repo/lru-cache/alice.go`
    /// for `judge check examples/repo`): what reports and annotations show.
    pub file: String,
    /// Where to read it.
    pub abs: PathBuf,
    /// The repository root: the file's real path must stay inside it.
    pub root: PathBuf,
    /// Why the file cannot be judged although it is a solution by its path
    /// (its name is not UTF-8): reported as its own input error.
    pub input_error: Option<String>,
    pub problem: String,
    pub language: Language,
    /// AC unless an `[[expect]]` entry says otherwise.
    pub expected: Verdict,
    /// How the problem was decided.
    pub origin: Origin,
}

/// Why a file belongs to its problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// It sits in a directory named after the problem.
    Directory,
    /// A `[[map]]` entry at this line of judge.toml says so.
    Map { line: usize },
}

/// Something a person should hear about, which does not stop the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A directory holding solution-like files is named almost like a problem.
    UnknownProblemDir {
        dir: String,
        suggestions: Vec<String>,
        files: usize,
    },
    /// A `[[map]]` or `[[expect]]` entry matched no solution file.
    UnusedEntry {
        kind: &'static str,
        pattern: String,
        line: usize,
    },
    /// A directory could not be read.
    Unreadable { path: String, message: String },
    /// A file or directory whose name is not UTF-8 (shown lossily).
    NotUtf8Name { path: String },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::UnknownProblemDir {
                dir,
                suggestions,
                files,
            } => {
                let close = suggestions
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(" or ");
                let files = if *files == 1 {
                    "the solution file in it is".to_string()
                } else {
                    format!("the {files} solution files in it are")
                };
                write!(
                    f,
                    "`{dir}/` is not a known problem, so {files} not judged; did you mean {close}? (rename the directory, or map the files in judge.toml)"
                )
            }
            Warning::UnusedEntry {
                kind,
                pattern,
                line,
            } => write!(
                f,
                "judge.toml:{line}: [[{kind}]] path `{pattern}` matches no solution file"
            ),
            Warning::Unreadable { path, message } => {
                write!(f, "cannot read `{path}`: {message}")
            }
            Warning::NotUtf8Name { path } => write!(
                f,
                "`{path}`: the name is not UTF-8; rename it so it can be judged"
            ),
        }
    }
}

/// What discovery found.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    /// Sorted by `path`.
    pub solutions: Vec<Solution>,
    pub warnings: Vec<Warning>,
}

/// Walks `root` and returns every solution, sorted by path. `shown_root` is
/// `root` as the user wrote it, the prefix of each solution's `file`.
pub fn discover(
    root: &Path,
    shown_root: &Path,
    config: &CheckConfig,
    registry: &Registry,
) -> Discovery {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    walk(root, "", false, config, &mut files, &mut warnings);
    files.sort();

    let mut solutions = Vec::new();
    let mut near_misses: BTreeMap<String, (Vec<String>, usize)> = BTreeMap::new();
    for Found { path, bad_name } in files {
        let Some(language) = Language::from_path(Path::new(&path)) else {
            continue;
        };
        // What `judge init` writes for editors sits beside solutions but is
        // none (unless judge.toml maps it on purpose).
        let base = path.rsplit('/').next().unwrap_or(&path);
        if crate::editor::is_editor_file(base) && config.mapped(&path).is_none() {
            continue;
        }
        let (problem, origin) = if let Some(rule) = config.mapped(&path) {
            (rule.problem.clone(), Origin::Map { line: rule.line })
        } else if let Some(problem) = problem_dir(&path, registry) {
            (problem, Origin::Directory)
        } else {
            if let Some((dir, suggestions)) = near_miss(&path, registry) {
                near_misses.entry(dir).or_insert((suggestions, 0)).1 += 1;
            }
            continue;
        };
        let expected = config
            .expected(&path)
            .map_or(Verdict::Accepted, |e| e.verdict);
        solutions.push(Solution {
            file: shown(shown_root, &path),
            abs: root.join(&path),
            root: root.to_path_buf(),
            input_error: bad_name.then(|| "its path is not UTF-8; rename it".to_string()),
            path,
            problem,
            language,
            expected,
            origin,
        });
    }
    for (dir, (suggestions, files)) in near_misses {
        warnings.push(Warning::UnknownProblemDir {
            dir,
            suggestions,
            files,
        });
    }
    for rule in &config.maps {
        if !solutions.iter().any(|s| rule.path.matches(&s.path)) {
            warnings.push(Warning::UnusedEntry {
                kind: "map",
                pattern: rule.path.as_str().to_string(),
                line: rule.line,
            });
        }
    }
    for rule in &config.expects {
        if !solutions.iter().any(|s| rule.path.matches(&s.path)) {
            warnings.push(Warning::UnusedEntry {
                kind: "expect",
                pattern: rule.path.as_str().to_string(),
                line: rule.line,
            });
        }
    }
    Discovery {
        solutions,
        warnings,
    }
}

/// `shown_root/path`, without a leading `./`.
fn shown(shown_root: &Path, path: &str) -> String {
    let joined = shown_root.join(path);
    let text = joined.to_string_lossy().replace('\\', "/");
    let mut text = text.as_str();
    while let Some(rest) = text.strip_prefix("./") {
        text = rest;
    }
    text.to_string()
}

/// The innermost directory of `path` named after a known problem.
fn problem_dir(path: &str, registry: &Registry) -> Option<String> {
    let dirs: Vec<&str> = path.split('/').collect();
    dirs[..dirs.len() - 1]
        .iter()
        .rev()
        .find(|d| registry.contains(d))
        .map(|d| d.to_string())
}

/// The innermost directory of `path` named almost like a problem, with the
/// close ids. Short names (`go`, `c`, `src`) are never near misses.
fn near_miss(path: &str, registry: &Registry) -> Option<(String, Vec<String>)> {
    let dirs: Vec<&str> = path.split('/').collect();
    let parents = &dirs[..dirs.len() - 1];
    (0..parents.len()).rev().find_map(|i| {
        let name = parents[i];
        if name.chars().count() < 4 || Language::parse(name).is_some() {
            return None;
        }
        let suggestions = registry.suggest(name);
        (!suggestions.is_empty()).then(|| (parents[..=i].join("/"), suggestions))
    })
}

/// A file met by the walk: its `/`-separated path (lossy when some name
/// on the way is not UTF-8).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    path: String,
    bad_name: bool,
}

/// Collects every non-directory entry below `dir` (regular files, but also
/// links, FIFOs and devices, so that judging reports them instead of
/// skipping them). Links to directories are not followed (no cycles).
fn walk(
    dir: &Path,
    rel: &str,
    bad_parent: bool,
    config: &CheckConfig,
    files: &mut Vec<Found>,
    warnings: &mut Vec<Warning>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            warnings.push(Warning::Unreadable {
                path: if rel.is_empty() {
                    ".".into()
                } else {
                    rel.into()
                },
                message: e.to_string(),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let raw_name = entry.file_name();
        let name = raw_name.to_string_lossy();
        let bad_name = bad_parent || raw_name.to_str().is_none();
        if name.starts_with('.') {
            continue;
        }
        let path = if rel.is_empty() {
            name.to_string()
        } else {
            format!("{rel}/{name}")
        };
        if bad_name && !bad_parent {
            warnings.push(Warning::NotUtf8Name { path: path.clone() });
        }
        if config.is_ignored(&path) {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&&*name) {
                walk(&entry.path(), &path, bad_name, config, files, warnings);
            }
        } else if !(kind.is_symlink() && entry.path().is_dir()) {
            files.push(Found { path, bad_name });
        }
    }
}
