//! A Kattis package's own validators: the custom output validator
//! (`output_validators/<name>/` in the legacy format, `output_validator/`
//! in 2023-07) and the input validators (`input_validators/`,
//! `input_validator/`). Each is one program in C, C++, Rust or Go, with
//! the headers beside it (`validate.h`); it is copied into the pack and
//! becomes its checker program or `[input_validator]`.

use std::path::{Path, PathBuf};

use super::{io, ImportError};
use crate::language::Language;

/// Header files compiled with a C or C++ validator.
const HEADERS: [&str; 3] = ["h", "hpp", "hh"];

/// A validator found in the package.
#[derive(Debug, Clone)]
pub struct Found {
    /// The main source file's name and bytes.
    pub source: (String, Vec<u8>),
    /// Headers beside it.
    pub headers: Vec<(String, Vec<u8>)>,
}

impl Found {
    /// Adds the validator's files under `folder/` of the pack; the path of
    /// its source, as `problem.toml` names it.
    pub fn copy_into(&self, folder: &str, files: &mut Vec<(String, Vec<u8>)>) -> String {
        for (name, bytes) in &self.headers {
            files.push((format!("{folder}/{name}"), bytes.clone()));
        }
        let path = format!("{folder}/{}", self.source.0);
        files.push((path.clone(), self.source.1.clone()));
        path
    }
}

/// The folders a validator kind may be in, in the order Kattis' formats
/// define them.
fn folders(src: &Path, names: [&str; 2]) -> Vec<PathBuf> {
    names
        .iter()
        .map(|n| src.join(n))
        .filter(|p| p.is_dir())
        .collect()
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    Ok(entries)
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The validator programs under `dir`: the folder's own source files as one
/// program, and each subfolder as another. `Err` names what cannot be built.
fn programs_in(dir: &Path) -> Result<Vec<Result<Found, String>>, ImportError> {
    let mut out = Vec::new();
    let entries = sorted_entries(dir)?;
    if entries.iter().any(|p| p.is_file() && is_program(p)) {
        out.push(program_of(dir, &entries)?);
    }
    for sub in entries.iter().filter(|p| p.is_dir()) {
        let inner = sorted_entries(sub)?;
        if inner.iter().any(|p| p.is_file() && is_program(p)) {
            out.push(program_of(sub, &inner)?);
        }
    }
    Ok(out)
}

/// Whether a file is some validator's source (any language, even one the
/// judge cannot compile, so that it can be named).
fn is_program(path: &Path) -> bool {
    let ext = extension(path);
    !HEADERS.contains(&ext.as_str())
        && !matches!(
            ext.as_str(),
            "" | "txt" | "md" | "yaml" | "yml" | "sh" | "o"
        )
}

/// One folder's validator: exactly one C, C++, Rust or Go source plus
/// headers.
fn program_of(dir: &Path, entries: &[PathBuf]) -> Result<Result<Found, String>, ImportError> {
    let shown = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let sources: Vec<&PathBuf> = entries
        .iter()
        .filter(|p| p.is_file() && is_program(p))
        .collect();
    let compilable: Vec<&PathBuf> = sources
        .iter()
        .copied()
        .filter(|p| Language::from_path(p).is_some_and(|l| l != Language::Wasm))
        .collect();
    let [source] = compilable.as_slice() else {
        let names: Vec<String> = sources
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
            .collect();
        return Ok(Err(if compilable.is_empty() {
            format!(
                "{shown}/ has no C, C++, Rust or Go source ({}): validators in other languages (Python, checktestdata, ...) are not supported",
                names.join(", ")
            )
        } else {
            format!(
                "{shown}/ has several sources ({}): only single-file validators (plus headers) are supported",
                names.join(", ")
            )
        }));
    };
    let read = |path: &Path| -> Result<(String, Vec<u8>), ImportError> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        Ok((name, std::fs::read(path).map_err(io(path))?))
    };
    let headers = entries
        .iter()
        .filter(|p| p.is_file() && HEADERS.contains(&extension(p).as_str()))
        .map(|p| read(p))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Ok(Found {
        source: read(source)?,
        headers,
    }))
}

/// The package's custom output validator, if it has one. One is needed:
/// several, or one the judge cannot compile, refuse the import.
pub fn output_validator(src: &Path) -> Result<Option<Found>, ImportError> {
    let mut programs = Vec::new();
    for dir in folders(src, ["output_validators", "output_validator"]) {
        programs.extend(programs_in(&dir)?);
    }
    match programs.len() {
        0 => Ok(None),
        1 => match programs.remove(0) {
            Ok(found) => Ok(Some(found)),
            Err(why) => Err(ImportError::Invalid(format!(
                "the custom output validator cannot be imported: {why}"
            ))),
        },
        n => Err(ImportError::Invalid(format!(
            "the package has {n} output validators; a pack has one checker"
        ))),
    }
}

/// The package's first usable input validator; the others are named in
/// warnings (a pack runs one).
pub fn input_validator(
    src: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<Found>, ImportError> {
    let mut chosen = None;
    for dir in folders(src, ["input_validators", "input_validator"]) {
        for program in programs_in(&dir)? {
            match program {
                Ok(found) if chosen.is_none() => chosen = Some(found),
                Ok(found) => warnings.push(format!(
                    "input validator {} not imported: a pack runs one input validator",
                    found.source.0
                )),
                Err(why) => warnings.push(format!("input validator not imported: {why}")),
            }
        }
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::kattis::write_package_files as write;

    #[test]
    fn both_layouts_and_headers_are_found() {
        let legacy = tempfile::tempdir().unwrap();
        write(
            legacy.path(),
            &[
                ("output_validators/sum/validate.cpp", "int main(){}"),
                ("output_validators/sum/validate.h", "//"),
                ("output_validators/sum/build", "x"),
            ],
        );
        let found = output_validator(legacy.path()).unwrap().unwrap();
        assert_eq!(found.source.0, "validate.cpp");
        assert_eq!(found.headers.len(), 1);
        let modern = tempfile::tempdir().unwrap();
        write(
            modern.path(),
            &[("output_validator/check.rs", "fn main(){}")],
        );
        assert_eq!(
            output_validator(modern.path()).unwrap().unwrap().source.0,
            "check.rs"
        );
    }

    #[test]
    fn unsupported_validators_are_named() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            &[("output_validators/v/validate.py", "print()")],
        );
        let err = output_validator(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("validate.py") && err.contains("Python"),
            "{err}"
        );
        let mut warnings = Vec::new();
        write(
            dir.path(),
            &[
                ("input_validators/a/a.ctd", "INT(1,2)"),
                ("input_validators/b/b.cpp", "int main(){return 42;}"),
            ],
        );
        let found = input_validator(dir.path(), &mut warnings).unwrap().unwrap();
        assert_eq!(found.source.0, "b.cpp");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }
}
