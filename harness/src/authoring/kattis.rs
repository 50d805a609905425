//! `judge pack import-kattis`: converts a Kattis problem package (the format
//! most contest problems are shared in) into a stdio pack: `problem.yaml`
//! limits and validator flags become `[limits]` and `[checker]`,
//! `data/sample` and `data/secret` become `tests/`, the statement is copied,
//! and `submissions/<verdict>/` become `reference/` and `solutions/` so the
//! imported pack proves itself with `judge pack validate`.
//!
//! Custom output validators are not supported yet: the import keeps the
//! default checker, warns, and says so in `problem.toml` (validate then shows
//! whether the submissions still get their verdicts). Interactive problems
//! are refused.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::language::Language;

/// Fuel per second of a Kattis time limit: roughly the WebAssembly
/// instructions a contest machine executes per second of CPU time.
pub const FUEL_PER_SECOND: u64 = 1_000_000_000;

/// The time limit assumed when the package states none, in seconds.
pub const DEFAULT_SECONDS: f64 = 2.0;

/// A finished import.
#[derive(Debug, Clone)]
pub struct Imported {
    pub dir: PathBuf,
    pub id: String,
    pub tests: usize,
    pub solutions: usize,
    /// What did not carry over, for the author to look at.
    pub warnings: Vec<String>,
}

/// Why a package could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Invalid(String),
    #[error("{0} already exists; remove it or choose another --output folder")]
    Exists(PathBuf),
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ImportError + '_ {
    move |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The subset of YAML `problem.yaml` uses: `key: value` and nested maps by
/// indentation, flattened to dotted keys (`limits.time_multiplier`).
pub fn parse_yaml(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack: Vec<(usize, String)> = Vec::new();
    for line in text.lines() {
        let content = strip_comment(line);
        if content.trim().is_empty() || content.trim_start().starts_with('-') {
            continue;
        }
        let indent = content.len() - content.trim_start().len();
        let Some((key, value)) = content.trim().split_once(':') else {
            continue;
        };
        while stack.last().is_some_and(|(i, _)| *i >= indent) {
            stack.pop();
        }
        let key = unquote(key.trim());
        let mut path: Vec<&str> = stack.iter().map(|(_, k)| k.as_str()).collect();
        path.push(&key);
        let full = path.join(".");
        let value = value.trim();
        if value.is_empty() {
            stack.push((indent, key.clone()));
        } else {
            out.insert(full, unquote(value));
        }
    }
    out
}

fn strip_comment(line: &str) -> &str {
    let mut quote = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if i == 0 || line[..i].ends_with([' ', '\t']) => return &line[..i],
            _ => {}
        }
    }
    line
}

fn unquote(text: &str) -> String {
    let t = text.trim();
    if t.len() >= 2
        && ((t.starts_with('"') && t.ends_with('"')) || (t.starts_with('\'') && t.ends_with('\'')))
    {
        t[1..t.len() - 1].to_string()
    } else {
        t.to_string()
    }
}

/// `Sum of a List!` -> `sum-of-a-list`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The `[checker]` table for Kattis' default output validator and its flags,
/// with a comment saying how it was derived.
fn checker(flags: &str, warnings: &mut Vec<String>) -> String {
    let words: Vec<&str> = flags.split_whitespace().collect();
    let mut case_sensitive = false;
    let mut space_sensitive = false;
    let mut tolerance: Option<(String, f64)> = None;
    let mut i = 0;
    while i < words.len() {
        match words[i] {
            "case_sensitive" => case_sensitive = true,
            "space_change_sensitive" => space_sensitive = true,
            flag
            @ ("float_tolerance" | "float_absolute_tolerance" | "float_relative_tolerance") => {
                match words.get(i + 1).and_then(|v| v.parse::<f64>().ok()) {
                    Some(value) => {
                        // The pack's float checker accepts a difference that
                        // is within the tolerance absolutely or relatively;
                        // the tightest tolerance given wins.
                        if tolerance.as_ref().is_none_or(|(_, t)| value < *t) {
                            tolerance = Some((flag.to_string(), value));
                        }
                        i += 1;
                    }
                    None => {
                        warnings.push(format!("validator flag `{flag}` has no number; ignored"))
                    }
                }
            }
            other => warnings.push(format!(
                "validator flag `{other}` is not supported; ignored"
            )),
        }
        i += 1;
    }
    let note = if flags.trim().is_empty() {
        "# Kattis' default output validator: whitespace-separated tokens, case-insensitive.\n"
            .to_string()
    } else {
        format!("# From Kattis validator_flags `{}`.\n", flags.trim())
    };
    match tolerance {
        Some((flag, value)) => {
            if flag != "float_tolerance" {
                warnings.push(format!(
                    "`{flag} {value}`: the float checker accepts a difference within the tolerance absolutely or relatively"
                ));
            }
            format!("[checker]\n{note}# Numbers within {value} (absolute or relative) are equal; other tokens must match.\nkind = \"float\"\nfloat_tolerance = {value:e}\n")
        }
        None if space_sensitive => format!(
            "[checker]\n{note}# space_change_sensitive: lines must match exactly (trailing spaces aside).\nkind = \"exact\"\n"
        ),
        None => format!(
            "[checker]\n{note}kind = \"tokens\"\ncase_sensitive = {case_sensitive}\n"
        ),
    }
}

/// Reads every `.in`/`.ans` pair under `dir` (recursively), named
/// `<prefix>-<path with dashes>`.
fn test_pairs(
    dir: &Path,
    prefix: &str,
    out: &mut Vec<(String, Vec<u8>)>,
    warnings: &mut Vec<String>,
) -> Result<usize, ImportError> {
    let mut count = 0;
    if !dir.is_dir() {
        return Ok(0);
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if path.is_dir() {
            count += test_pairs(&path, &format!("{prefix}-{}", slug(&name)), out, warnings)?;
            continue;
        }
        let Some(stem) = name.strip_suffix(".in") else {
            continue;
        };
        let answer = path.with_file_name(format!("{stem}.ans"));
        if !answer.is_file() {
            warnings.push(format!("{} has no .ans file; skipped", path.display()));
            continue;
        }
        let test = format!("{prefix}-{}", slug(stem));
        out.push((
            format!("tests/{test}.in"),
            std::fs::read(&path).map_err(io(&path))?,
        ));
        out.push((
            format!("tests/{test}.ans"),
            std::fs::read(&answer).map_err(io(&answer))?,
        ));
        count += 1;
    }
    Ok(count)
}

fn read_text(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// Imports the Kattis package at `src` as a pack in `parent/<id>/`.
pub fn import(src: &Path, parent: &Path, id: Option<&str>) -> Result<Imported, ImportError> {
    let yaml_path = src.join("problem.yaml");
    let yaml_text = read_text(&yaml_path).ok_or_else(|| {
        ImportError::Invalid(format!(
            "{} is not a Kattis package: it has no problem.yaml",
            src.display()
        ))
    })?;
    let yaml = parse_yaml(&yaml_text);
    let folder = src
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
        .unwrap_or_default();
    let id = match id {
        Some(id) => id.to_string(),
        None => slug(&folder),
    };
    if id.is_empty() {
        return Err(ImportError::Invalid(
            "cannot derive a pack id from the folder name; pass --id".into(),
        ));
    }
    let mut warnings = Vec::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();

    // Statement: copied as it is.
    let statement_candidates = [
        "problem_statement/problem.en.md",
        "problem_statement/problem.md",
        "statement/problem.en.md",
        "problem_statement/problem.en.tex",
        "problem_statement/problem.tex",
        "statement/problem.en.tex",
    ];
    let statement = statement_candidates
        .iter()
        .find_map(|c| read_text(&src.join(c)).map(|t| (c.to_string(), t)));
    let tex_name = statement.as_ref().and_then(|(_, t)| {
        let start = t.find("\\problemname{")? + "\\problemname{".len();
        let end = t[start..].find('}')? + start;
        Some(t[start..end].trim().to_string())
    });
    let title = yaml
        .get("name")
        .or_else(|| yaml.get("name.en"))
        .cloned()
        .or(tex_name)
        .unwrap_or_else(|| id.clone());
    match &statement {
        Some((_, text)) => files.push(("statement.md".into(), text.clone().into_bytes())),
        None => {
            warnings
                .push("no problem_statement/problem.en.{md,tex}: statement.md is a stub".into());
            files.push((
                "statement.md".into(),
                format!("# {title}\n\n(No statement in the Kattis package.)\n").into_bytes(),
            ));
        }
    }

    // Validation.
    let validation = yaml
        .get("validation")
        .map(String::as_str)
        .unwrap_or("default");
    if validation.contains("interactive") {
        return Err(ImportError::Invalid(
            "interactive Kattis problems cannot be imported: a pack's stdio solution reads all of its input from stdin".into(),
        ));
    }
    let custom = validation.starts_with("custom") || src.join("output_validators").is_dir();
    let flags = yaml.get("validator_flags").cloned().unwrap_or_default();
    let mut checker_toml = checker(&flags, &mut warnings);
    if custom {
        warnings.push("the package has a custom output validator, which is not supported yet: the default checker is used instead; check that the imported answers are the only right ones".into());
        checker_toml = format!(
            "# NOTE: the Kattis package uses a custom output validator (validation: {validation}),\n# which is not supported yet. The default checker below is used instead: it only\n# accepts answers equal to the .ans files (up to the flags).\n{checker_toml}"
        );
    }

    // Limits.
    let number = |key: &str| yaml.get(key).and_then(|v| v.parse::<f64>().ok());
    let multiplier = number("limits.time_multiplier").unwrap_or(5.0);
    let explicit = number("limits.time_limit")
        .or_else(|| read_text(&src.join(".timelimit")).and_then(|t| t.trim().parse::<f64>().ok()));
    let seconds = explicit.unwrap_or(DEFAULT_SECONDS);
    let fuel = ((seconds * FUEL_PER_SECOND as f64) as u64).clamp(10_000_000, 100_000_000_000);
    let time_note = match explicit {
        Some(s) => format!(
            "# Kattis time limit {s} s, mapped at {} fuel (WebAssembly instructions) per\n# second, about what a contest machine executes.",
            group(FUEL_PER_SECOND)
        ),
        None => format!(
            "# The package states no time limit: Kattis derives it as the slowest accepted\n# submission's time x time_multiplier ({multiplier}). This is a provisional {seconds} s\n# at {} fuel per second; `judge pack validate` prints the accepted\n# submissions' fuel: set fuel to about {multiplier} x the largest (at least 2x).",
            group(FUEL_PER_SECOND)
        ),
    };
    let memory = number("limits.memory").unwrap_or(1024.0).clamp(1.0, 2048.0) as u64;
    let output = number("limits.output").unwrap_or(8.0).clamp(1.0, 1024.0) as u64;

    // Tests: samples first.
    let data = src.join("data");
    let samples = test_pairs(&data.join("sample"), "sample", &mut files, &mut warnings)?;
    let secret = test_pairs(&data.join("secret"), "secret", &mut files, &mut warnings)?;
    if samples + secret == 0 {
        return Err(ImportError::Invalid(format!(
            "{} has no data/sample or data/secret .in/.ans pairs",
            src.display()
        )));
    }

    // Submissions.
    let mut references: BTreeMap<Language, ()> = BTreeMap::new();
    let mut solutions = 0;
    let subs = src.join("submissions");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&subs)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    folders.sort();
    for folder in folders.iter().filter(|p| p.is_dir()) {
        let kattis = folder
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let verdict = match kattis.as_str() {
            "accepted" => "accepted",
            "wrong_answer" => "wrong_answer",
            "time_limit_exceeded" => "time_limit_exceeded",
            "run_time_error" => "runtime_error",
            "memory_limit_exceeded" => "memory_limit_exceeded",
            "output_limit_exceeded" => "output_limit_exceeded",
            "compile_error" => "compile_error",
            other => {
                warnings.push(format!(
                    "submissions/{other}/ is not a verdict this judge knows; skipped"
                ));
                continue;
            }
        };
        let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
            .map_err(io(folder))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let language = Language::from_path(&path).filter(|l| *l != Language::Wasm);
            let Some(language) = language.filter(|_| path.is_file()) else {
                warnings.push(format!(
                    "submissions/{kattis}/{name}: only single-file Go, Rust, C and C++ submissions are imported; skipped"
                ));
                continue;
            };
            let bytes = std::fs::read(&path).map_err(io(&path))?;
            if verdict == "accepted" && !references.contains_key(&language) {
                references.insert(language, ());
                files.push((
                    format!("reference/reference.{}", language.extension()),
                    bytes.clone(),
                ));
            }
            files.push((format!("solutions/{verdict}/{name}"), bytes));
            solutions += 1;
        }
    }
    if references.is_empty() {
        return Err(ImportError::Invalid(format!(
            "{} has no accepted submission in Go, Rust, C or C++ under submissions/accepted/: a pack needs one as its reference",
            subs.display()
        )));
    }

    for (path, text) in super::scaffold::stdio_starters() {
        files.push((path.to_string(), text.into_bytes()));
    }

    let toml = format!(
        r#"# Imported from the Kattis package `{folder}` by `judge pack import-kattis`.
format_version = 1
id = "{id}"
title = "{title}"
difficulty = "medium"
tags = []
kind = "stdio"
languages = ["go", "rust", "c", "cpp"]

[limits]
{time_note}
fuel = {fuel_text}
memory_mib = {memory}           # Kattis limits.memory (MiB)
output_kib = {output_kib}        # Kattis limits.output ({output} MiB)

{checker_toml}"#,
        title = title.replace('\\', "\\\\").replace('"', "\\\""),
        fuel_text = group(fuel),
        output_kib = output * 1024,
    );
    files.push(("problem.toml".into(), toml.into_bytes()));

    let dir = parent.join(&id);
    if dir.exists() {
        return Err(ImportError::Exists(dir));
    }
    for (relative, bytes) in &files {
        let path = dir.join(relative);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).map_err(io(p))?;
        }
        std::fs::write(&path, bytes).map_err(io(&path))?;
    }
    Ok(Imported {
        dir,
        id,
        tests: samples + secret,
        solutions,
        warnings,
    })
}

/// `2000000000` -> `2_000_000_000`, as TOML allows.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && matches!((digits.len() - i) % 3, 0) {
            out.push('_');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_yaml_subset_parses() {
        let yaml = "name: 'Sum of a List'  # comment\nlimits:\n    time_multiplier: 3\n    memory: 512\nvalidator_flags: float_tolerance 1e-6\nkeywords:\n  - easy\n";
        let map = parse_yaml(yaml);
        assert_eq!(map["name"], "Sum of a List");
        assert_eq!(map["limits.time_multiplier"], "3");
        assert_eq!(map["limits.memory"], "512");
        assert_eq!(map["validator_flags"], "float_tolerance 1e-6");
    }

    #[test]
    fn validator_flags_map_to_checkers() {
        let mut w = Vec::new();
        assert!(checker("", &mut w).contains("kind = \"tokens\"\ncase_sensitive = false"));
        assert!(checker("case_sensitive", &mut w).contains("case_sensitive = true"));
        assert!(checker("space_change_sensitive", &mut w).contains("kind = \"exact\""));
        let float = checker(
            "float_relative_tolerance 1e-4 float_absolute_tolerance 1e-6",
            &mut w,
        );
        assert!(float.contains("float_tolerance = 1e-6"), "{float}");
        assert_eq!(group(2_000_000_000), "2_000_000_000");
        assert_eq!(slug("Sum of a List!"), "sum-of-a-list");
    }
}
