//! `judge submit <problem> <file>`: checks the input up front (problem,
//! file, language, toolchain) so every mistake is a usage error with a fix,
//! then lets the harness judge while a reporter prints.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use harness::input::{self, InputError};
use harness::toolchain::ToolchainError;
use harness::{Event, Judge, JudgeOptions, Language, Submission};

use crate::cli::{Format, SubmitArgs};
use crate::commands::{find_whole, Global};
use crate::exit::{CliError, Status};
use crate::report::{self, human, progress::Progress};
use crate::style::{stdout_color, Paint};

/// The extensions `submit` recognises, for messages.
const EXTENSIONS: &str = ".go .rs .c .cpp .cc .wasm";

pub fn run(global: &Global, args: &SubmitArgs) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let pack = find_whole(&registry, &args.problem)?;
    let file = args.file.display().to_string();
    let language = match args.lang {
        Some(lang) => lang,
        None => language_of(&args.file)?,
    };
    let bytes = read(&args.file)?;
    if language.is_source() && !pack.offers(language) {
        let offered: Vec<&str> = pack.languages.iter().map(|l| l.name()).collect();
        return Err(CliError::usage(format!(
            "`{}` does not take {language} solutions (it takes: {})",
            pack.id,
            offered.join(", ")
        )));
    }
    let mut options = JudgeOptions::new(global.cache_dir());
    if let Some(seed) = args.seed {
        options.seed = seed;
    }
    options.stop_at_first_failure = !args.all;
    options.verdict_cache = !args.no_cache;
    options.test_jobs = std::thread::available_parallelism().map_or(1, usize::from);
    if let Some(mode) = args.complexity {
        options.complexity = mode.into();
    }
    if let Some(secs) = args.compile_timeout {
        options.compile_limits.wall_time = Duration::from_secs(secs);
        options.compile_limits.cpu_time = Duration::from_secs(secs);
    }
    tracing::info!(cache_dir = ?options.cache_dir, seed = options.seed, "judging");
    let judge = Judge::new(options).map_err(|e| {
        CliError::Internal(anyhow::Error::new(e).context("cannot start the sandbox"))
    })?;
    if language.is_source() {
        match judge.toolchain(language) {
            Ok(tc) => {
                tracing::info!(version = %tc.version, program = %tc.program.display(), "toolchain")
            }
            Err(e @ ToolchainError::Missing { .. }) => return Err(CliError::usage(e.to_string())),
            Err(e) => return Err(CliError::Internal(anyhow::Error::new(e))),
        }
    }

    let submission = Submission {
        file: file.clone(),
        language,
        bytes,
    };
    let mut progress = Progress::new(&pack.id);
    let report = judge.judge(pack, &submission, &mut |event: Event<'_>| {
        progress.event(&event);
        if let Event::TestFinished { result, .. } = &event {
            tracing::debug!(test = %result.name, verdict = ?result.verdict, fuel = result.fuel, "test finished");
        }
    });
    drop(progress);

    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Human => {
            let cx = human::Context {
                paint: Paint::new(stdout_color()),
                file: &file,
                lang_flag: args.lang,
            };
            out.write_all(human::render(&report, &cx).as_bytes())?;
        }
        Format::Json => {
            let value = report::json::render(&report);
            serde_json::to_writer_pretty(&mut out, &value).map_err(anyhow::Error::new)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    if let Some(path) = &args.plot {
        write_plot(path, &report)?;
    }
    Ok(match Status::of_verdict(report.verdict) {
        Status::Success if !report.passed() => Status::Rejected,
        status => status,
    })
}

/// Writes the complexity chart, or says on stderr why there is none.
fn write_plot(path: &Path, report: &harness::Report) -> Result<(), CliError> {
    let title = format!("{}: {}", report.problem, report.file);
    match harness::complexity::plot::svg(&report.complexity, &title) {
        Ok(svg) => std::fs::write(path, svg).map_err(|e| {
            CliError::usage(format!(
                "cannot write the plot to `{}`: {e}",
                path.display()
            ))
        }),
        Err(e) => {
            eprintln!("no plot written to {}: {e}", path.display());
            Ok(())
        }
    }
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
/// regular file of at most [`input::SOLUTION_CAP`] bytes is read: never a
/// FIFO, a device or a `/proc` file (whose content would end up quoted in
/// a compile error).
fn read(path: &Path) -> Result<Vec<u8>, CliError> {
    input::read_regular(path, input::SOLUTION_CAP).map_err(|e| {
        let hint = match e {
            InputError::NotRegular("a directory") => "; pass the solution file",
            _ => "",
        };
        CliError::usage(format!("cannot read `{}`: {e}{hint}", path.display()))
    })
}
