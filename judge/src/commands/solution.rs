//! What `submit`, `run` and `watch` share before judging: the solution file
//! read and checked up front (language, size, the problem takes it, and
//! then that its toolchain is there), so every mistake is a usage error with a fix, and
//! the judge's options from the common flags.

use std::path::Path;
use std::time::Duration;

use harness::input::{self, InputError};
use harness::toolchain::{Toolchain, ToolchainError};
use harness::{JudgeOptions, Language, Pack, Submission};

use crate::commands::Global;
use crate::exit::CliError;

/// The extensions recognised, for messages.
const EXTENSIONS: &str = ".go .rs .c .cpp .cc .wasm";

/// Reads `file` as a solution to `pack` in `lang` (default: from the
/// extension) and checks that it can be judged here.
pub fn load(pack: &Pack, file: &Path, lang: Option<Language>) -> Result<Submission, CliError> {
    let language = match lang {
        Some(lang) => lang,
        None => language_of(file)?,
    };
    let bytes = read(file, language)?;
    if language.is_source() && !pack.offers(language) {
        let offered: Vec<&str> = pack.languages.iter().map(|l| l.name()).collect();
        return Err(CliError::usage(format!(
            "`{}` does not take {language} solutions (it takes: {}){}",
            pack.id,
            offered.join(", "),
            pack.languages_reason()
                .map(|why| format!(": {why}"))
                .unwrap_or_default()
        )));
    }
    Ok(Submission {
        file: file.display().to_string(),
        language,
        bytes,
    })
}

/// Checks that the toolchain a source solution needs was found (`found` is
/// `Judge::toolchain`, cached across runs, or a plain detection): a missing
/// one is a usage error naming what to install.
pub fn require_toolchain(
    submission: &Submission,
    found: impl FnOnce(Language) -> Result<Toolchain, ToolchainError>,
) -> Result<(), CliError> {
    if !submission.language.is_source() {
        return Ok(());
    }
    match found(submission.language) {
        Ok(tc) => {
            tracing::info!(version = %tc.version, program = %tc.program.display(), "toolchain");
            Ok(())
        }
        Err(e @ ToolchainError::Missing { .. }) => Err(CliError::usage(e.to_string())),
        Err(e) => Err(CliError::Internal(anyhow::Error::new(e))),
    }
}

/// The judge's options from the shared flags.
pub fn options(global: &Global, seed: Option<u64>, compile_timeout: Option<u64>) -> JudgeOptions {
    let mut options = JudgeOptions::new(global.cache_dir());
    if let Some(seed) = seed {
        options.seed = seed;
    }
    options.test_jobs = std::thread::available_parallelism().map_or(1, usize::from);
    if let Some(secs) = compile_timeout {
        options.compile_limits.wall_time = Duration::from_secs(secs);
        options.compile_limits.cpu_time = Duration::from_secs(secs);
    }
    options
}

/// The language a file's extension names, or a usage error listing them.
fn language_of(path: &Path) -> Result<Language, CliError> {
    Language::from_path(path).ok_or_else(|| {
        let what = match path.extension().and_then(|e| e.to_str()) {
            Some(ext) => format!("unknown extension `.{ext}`"),
            None => "no extension".to_string(),
        };
        CliError::usage(format!(
            "cannot tell the language of `{}`: {what}; supported: {EXTENSIONS} (or pass --lang go|rust|c|cpp|wasm)",
            path.display()
        ))
    })
}

/// The solution's bytes; any failure is the user's input error. Only a
/// regular file of at most [`input::solution_cap`] bytes is read: never a
/// FIFO, a device or a `/proc` file (whose content would end up quoted in
/// a compile error).
fn read(path: &Path, language: Language) -> Result<Vec<u8>, CliError> {
    input::read_regular(path, input::solution_cap(language)).map_err(|e| {
        let hint = match e {
            InputError::NotRegular("a directory") => "; pass the solution file",
            _ => "",
        };
        CliError::usage(format!("cannot read `{}`: {e}{hint}", path.display()))
    })
}
