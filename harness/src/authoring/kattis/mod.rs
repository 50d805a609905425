//! `judge pack import-kattis`: converts a Kattis problem package (the format
//! most contest problems are shared in) into a stdio pack that judges as
//! Kattis does. `problem.yaml` ([`metadata`], a real YAML parser) gives the
//! name, limits and validator flags; the checker is Kattis' default output
//! validator with those flags (`kind = "kattis"`); `data/sample` and
//! `data/secret` become `tests/` ([`testdata`]); the statement is copied (a
//! LaTeX one as Markdown text, [`latex`]) with its images; and
//! `submissions/<verdict>/` become `reference/` and `solutions/` so the
//! imported pack proves itself with `judge pack validate`. The fuel limit is
//! then derived from the accepted submissions ([`calibrate`]).
//!
//! Custom output validators (`output_validators/`, `output_validator/`)
//! become the pack's checker program and input validators its
//! `[input_validator]` ([`validators`]). An interactive package
//! (`validation: custom interactive`, `type: interactive`, or `.interaction`
//! samples) becomes an interactive pack whose `[interactor]` is that output
//! validator. Refused, by name: multi-pass, scoring and submit-answer
//! problems, and validators in languages the judge cannot compile.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::checker::kattis::KattisFlags;
use crate::language::Language;

pub mod calibrate;
mod flag_groups;
mod latex;
pub mod metadata;
mod testdata;
mod validators;

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
    /// `stdio` or `interactive`.
    pub kind: crate::pack_format::Kind,
    /// What did not carry over, for the author to look at.
    pub warnings: Vec<String>,
    /// How the fuel limit is derived from the accepted submissions.
    pub timing: calibrate::Timing,
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

/// Where a statement may be, best first.
const STATEMENTS: [&str; 8] = [
    "problem_statement/problem.en.md",
    "problem_statement/problem.md",
    "statement/problem.en.md",
    "statement/problem.md",
    "problem_statement/problem.en.tex",
    "problem_statement/problem.tex",
    "statement/problem.en.tex",
    "statement/problem.tex",
];

/// Statement files copied next to `statement.md`.
const IMAGE_EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "gif", "svg"];

/// The statement as Markdown (LaTeX converted) and the images beside it.
fn statement(
    src: &Path,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Result<Option<(String, String)>, ImportError> {
    let Some(found) = STATEMENTS.iter().find(|c| src.join(c).is_file()) else {
        return Ok(None);
    };
    let path = src.join(found);
    let text = String::from_utf8_lossy(&std::fs::read(&path).map_err(io(&path))?).into_owned();
    let tex_name = found.ends_with(".tex").then(|| {
        let start = text.find("\\problemname{")? + "\\problemname{".len();
        let end = text[start..].find('}')? + start;
        Some(text[start..end].trim().to_string())
    });
    let markdown = if found.ends_with(".tex") {
        latex::to_markdown(&text)
    } else {
        text
    };
    files.push(("statement.md".into(), markdown.into_bytes()));
    let folder = path.parent().unwrap_or(src);
    let mut images: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(io(folder))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    images.sort();
    for image in images {
        if let Some(name) = image.file_name().and_then(|n| n.to_str()) {
            files.push((name.to_string(), std::fs::read(&image).map_err(io(&image))?));
        }
    }
    Ok(Some((
        found.to_string(),
        tex_name.flatten().unwrap_or_default(),
    )))
}

/// The stack an imported pack gives solutions. Kattis lets the stack grow
/// to the memory limit, counted with the heap as it is used; a wasm stack
/// is reserved whole at start inside `memory_mib`, so a stack as large as
/// the limit would leave no heap. Half of it keeps both a 31 MiB local
/// array and a heap of half the limit, and never less than the default.
fn stack_mib(memory_mib: u64) -> u64 {
    (memory_mib / 2).max(crate::pack::DEFAULT_STACK_MIB.min(memory_mib))
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// Imports the Kattis package at `src` as a pack in `parent/<id>/`. The
/// fuel limit is provisional until [`calibrate::calibrate`] has run the
/// accepted submissions.
pub fn import(src: &Path, parent: &Path, id: Option<&str>) -> Result<Imported, ImportError> {
    let yaml_path = src.join("problem.yaml");
    if !yaml_path.is_file() {
        return Err(ImportError::Invalid(format!(
            "{} is not a Kattis package: it has no problem.yaml",
            src.display()
        )));
    }
    let yaml_text = std::fs::read_to_string(&yaml_path).map_err(io(&yaml_path))?;
    let yaml = metadata::problem_yaml(&yaml_text, &yaml_path.display().to_string())?;
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

    // Tests first: an `.interaction` sample makes the problem interactive
    // even when problem.yaml does not say so (read again: answers are then
    // optional).
    let mut data = testdata::read(&src.join("data"), yaml.interactive)?;
    let interactive = yaml.interactive || data.interaction_samples;
    if interactive && !yaml.interactive {
        data = testdata::read(&src.join("data"), true)?;
    }
    warnings.extend(data.warnings.iter().cloned());
    if data.tests.is_empty() {
        return Err(ImportError::Invalid(format!(
            "{} has no data/sample or data/secret .in/.ans pairs",
            src.display()
        )));
    }

    let statement = statement(src, &mut files)?;
    let title = yaml
        .name
        .clone()
        .or_else(|| {
            statement
                .as_ref()
                .map(|(_, name)| name.clone())
                .filter(|n| !n.is_empty())
        })
        .unwrap_or_else(|| id.clone());
    if statement.is_none() {
        warnings.push("no problem_statement/problem.en.{md,tex}: statement.md is a stub".into());
        files.push((
            "statement.md".into(),
            format!("# {title}\n\n(No statement in the Kattis package.)\n").into_bytes(),
        ));
    }

    // The checker: the package's own output validator, else Kattis'
    // default one; either gets the package's flags (only the default
    // validator's are known words), per test group where they differ.
    let validator = validators::output_validator(src)?;
    let input_validator = validators::input_validator(src, &mut warnings)?;
    let plan = flag_groups::plan(
        &yaml.validator_flags,
        &data.tests,
        input_validator.is_some(),
    );
    let flags = plan.output.clone();
    if interactive && validator.is_none() {
        return Err(ImportError::Invalid(format!(
            "{}: an interactive problem, but no output_validators/ or output_validator/ folder holds its interactor",
            yaml_path.display()
        )));
    }
    if validator.is_none() {
        for flags in plan.output_flags() {
            if let Err(message) = KattisFlags::parse(flags) {
                return Err(ImportError::Invalid(format!(
                    "{}: {message}",
                    yaml_path.display()
                )));
            }
        }
    }
    if yaml.custom_validation && validator.is_none() {
        return Err(ImportError::Invalid(format!(
            "{}: `validation: custom` but no output_validators/ or output_validator/ folder",
            yaml_path.display()
        )));
    }
    let checker_toml = match validator {
        Some(found) if interactive => {
            let program = found.copy_into("interactor", &mut files);
            format!(
                "[interactor]\n# The package's interactor (its output validator, Kattis protocol), with its flags.\nprogram = {}\nflags = {}\n",
                toml_string(&program),
                toml_string(&flags)
            )
        }
        Some(found) => {
            let program = found.copy_into("output_validator", &mut files);
            format!(
                "[checker]\n# The package's own output validator (Kattis protocol), with its flags.\nkind = \"program\"\nprogram = {}\ninterface = \"kattis\"\nvalidator_flags = {}\n",
                toml_string(&program),
                toml_string(&flags)
            )
        }
        None => format!(
            "[checker]\n# Kattis' default output validator, with the package's validator flags.\nkind = \"kattis\"\nvalidator_flags = {}\n",
            toml_string(&flags)
        ),
    };
    let input_validator_toml = match input_validator {
        Some(found) => {
            let program = found.copy_into("input_validator", &mut files);
            format!(
                "\n[input_validator]\n# The package's input validator: `judge pack validate` runs it on every input.\nprogram = {}\nflags = {}\n",
                toml_string(&program),
                toml_string(&plan.input)
            )
        }
        None => String::new(),
    };
    let groups_toml = match plan.toml() {
        groups if groups.is_empty() => groups,
        groups => format!(
            "\n# Test folders whose testdata.yaml / test_group.yaml set other flags.{groups}"
        ),
    };

    let memory = yaml.memory_mib.unwrap_or(1024.0).clamp(1.0, 2048.0) as u64;
    let output = yaml.output_mib.unwrap_or(8.0).clamp(1.0, 1024.0) as u64;
    for test in &data.tests {
        files.push((format!("tests/{}.in", test.name), test.input.clone()));
        if !(interactive && test.answer.is_empty()) {
            files.push((format!("tests/{}.ans", test.name), test.answer.clone()));
        }
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

    // An explicit limit: 2023-07's `limits.time_limit`, or the `.timelimit`
    // file problemtools leaves in legacy packages.
    let timelimit_file = src.join(".timelimit");
    let time_limit = yaml.time_limit.or_else(|| {
        std::fs::read_to_string(&timelimit_file)
            .ok()
            .and_then(|t| t.trim().parse::<f64>().ok())
            .filter(|t| *t > 0.0)
    });
    let timing = calibrate::Timing {
        time_multiplier: yaml.time_multiplier,
        time_safety_margin: yaml.time_safety_margin,
        time_limit,
    };
    let toml = format!(
        r#"# Imported from the Kattis package `{folder}` by `judge pack import-kattis`.
format_version = 1
id = {id_text}
title = {title_text}
difficulty = "medium"
tags = []
kind = "{kind}"
languages = ["go", "rust", "c", "cpp"]

[limits]
{limits}
memory_mib = {memory}           # Kattis limits.memory (MiB)
stack_mib = {stack}             # Kattis lets the stack grow to the memory limit; here it is reserved inside memory_mib, so half
output_kib = {output_kib}        # Kattis limits.output ({output} MiB)

{checker_toml}{input_validator_toml}{groups_toml}"#,
        id_text = toml_string(&id),
        title_text = toml_string(&title),
        limits = calibrate::provisional_limits(&timing),
        output_kib = output * 1024,
        stack = stack_mib(memory),
        kind = if interactive { "interactive" } else { "stdio" },
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
        tests: data.tests.len(),
        solutions,
        kind: if interactive {
            crate::pack_format::Kind::Interactive
        } else {
            crate::pack_format::Kind::Stdio
        },
        warnings,
        timing,
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

/// Writes a small package for the submodules' tests: `(path, text)` pairs
/// under `root`, folders created as needed.
#[cfg(test)]
fn write_package_files(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers_print_as_toml_wants() {
        assert_eq!(group(2_000_000_000), "2_000_000_000");
        assert_eq!(slug("Sum of a List!"), "sum-of-a-list");
        for text in ["plain", "a \"b\" \\ c", "it's", "line\nbreak"] {
            let table: toml::Table = toml::from_str(&format!("x = {}", toml_string(text))).unwrap();
            assert_eq!(table["x"].as_str(), Some(text));
        }
    }
}
