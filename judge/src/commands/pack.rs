//! `judge pack new|validate|import-kattis`: the author tools. The work is in
//! `harness::authoring`; this module turns arguments into calls and renders
//! the results: validation as a readable report on stdout (every check, the
//! fuel each reference needs, then every failure), with exit 0 when the pack
//! is sound, 1 when a check fails and 2 when the pack cannot be read.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use harness::authoring::kattis::{self, calibrate};
use harness::authoring::scaffold;
use harness::authoring::validate::{self, Check, ValidateOptions, Validation};
use harness::judge::{Judge, JudgeOptions};
use harness::pack::Kind;

use crate::cli::PackCommand;
use crate::commands::Global;
use crate::exit::{CliError, Status};
use crate::style::Paint;

pub fn run(global: &Global, command: PackCommand) -> Result<Status, CliError> {
    match command {
        PackCommand::New { id, kind, output } => new(&id, &kind, output),
        PackCommand::Validate { path, jobs } => validate_pack(global, &path, jobs),
        PackCommand::ImportKattis { dir, output, id } => {
            import(global, &dir, output, id.as_deref())
        }
    }
}

fn new(id: &str, kind: &str, output: Option<PathBuf>) -> Result<Status, CliError> {
    let kind = match kind {
        "class" => Kind::Class,
        "function" => Kind::Function,
        "interactive" => Kind::Interactive,
        _ => Kind::Stdio,
    };
    let parent = output.unwrap_or_else(|| PathBuf::from("."));
    let dir = scaffold::scaffold(id, kind, &parent).map_err(|e| match e {
        scaffold::ScaffoldError::Io { .. } => CliError::Internal(e.into()),
        _ => CliError::usage(e.to_string()),
    })?;
    println!(
        "wrote a new {} pack to {}\nnext: edit problem.toml, statement.md, tests/ and reference/, then run\n  judge pack validate {}",
        kind.name(),
        dir.display(),
        dir.display()
    );
    Ok(Status::Success)
}

fn validate_pack(global: &Global, path: &Path, jobs: Option<usize>) -> Result<Status, CliError> {
    let pack = validate::load(path).map_err(|errors| {
        let count = errors.0.len();
        let lines: Vec<String> = errors.0.iter().map(|e| format!("  {e}")).collect();
        CliError::usage(format!(
            "{} cannot be read ({count} problem{}):\n{}",
            path.display(),
            if count == 1 { "" } else { "s" },
            lines.join("\n")
        ))
    })?;
    let judge = Judge::new(JudgeOptions::new(global.cache_dir()))
        .map_err(|e| CliError::Internal(e.into()))?;
    let mut options = ValidateOptions::default();
    if let Some(jobs) = jobs {
        options.jobs = jobs.max(1);
    }
    let total =
        pack.generated.len() + pack.references.len() + pack.solutions.len() + pack.starters.len();
    println!(
        "validating {} ({}, {} test{} + {} generated, limits: fuel {}, {} MiB, {} KiB output)",
        path.display(),
        pack.kind.name(),
        pack.tests.len(),
        if pack.tests.len() == 1 { "" } else { "s" },
        pack.generated.len(),
        validate::fuel_text(pack.limits.fuel),
        pack.limits.memory_mib,
        pack.limits.output_kib
    );
    let progress = std::io::stderr().is_terminal();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let validation = validate::validate(&pack, &judge, &options, &|check: &Check| {
        let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        if progress {
            eprint!("\r\x1b[2K[{n}/{total}] {}", check.subject);
        }
    });
    if progress {
        eprint!("\r\x1b[2K");
    }
    print!(
        "{}",
        render(&validation, Paint::new(crate::style::stdout_color()))
    );
    Ok(if validation.passed() {
        Status::Success
    } else {
        Status::Rejected
    })
}

/// The human report: every check, then warnings, then the verdict.
fn render(validation: &Validation, paint: Paint) -> String {
    let mut out = String::new();
    let mut kind = None;
    for check in &validation.checks {
        if kind != Some(check.kind) {
            kind = Some(check.kind);
            out.push_str(&format!(
                "\n{}\n",
                paint.bold(&format!("{}s", check.kind.name()))
            ));
        }
        let mark = if check.passed {
            paint.green("ok  ")
        } else {
            paint.red_bold("FAIL")
        };
        out.push_str(&format!("  {mark} {}: {}\n", check.subject, check.summary));
    }
    if !validation.warnings.is_empty() {
        out.push('\n');
        for warning in &validation.warnings {
            out.push_str(&format!("{} {warning}\n", paint.yellow("warning:")));
        }
    }
    let failures: Vec<&Check> = validation.failures().collect();
    out.push('\n');
    if failures.is_empty() {
        out.push_str(&format!(
            "{} {} is sound: {} checks passed\n",
            paint.green("ok:"),
            validation.pack,
            validation.checks.len()
        ));
    } else {
        out.push_str(&format!(
            "{} {} of {} checks failed for {}:\n",
            paint.red_bold("FAILED:"),
            failures.len(),
            validation.checks.len(),
            validation.pack
        ));
        for check in failures {
            out.push_str(&format!("  {}: {}\n", check.subject, check.summary));
        }
    }
    out
}

fn import(
    global: &Global,
    dir: &Path,
    output: Option<PathBuf>,
    id: Option<&str>,
) -> Result<Status, CliError> {
    let parent = output.unwrap_or_else(|| PathBuf::from("."));
    let usage_or_internal = |e: kattis::ImportError| match e {
        kattis::ImportError::Io { .. } => CliError::Internal(e.into()),
        _ => CliError::usage(e.to_string()),
    };
    let imported = kattis::import(dir, &parent, id).map_err(usage_or_internal)?;
    let warn = |warning: &str| {
        eprintln!(
            "{} {warning}",
            Paint::new(crate::style::stderr_color()).yellow("warning:")
        )
    };
    for warning in &imported.warnings {
        warn(warning);
    }
    println!(
        "imported {} as the {} pack `{}` in {} ({} tests, {} submissions)",
        dir.display(),
        imported.kind.name(),
        imported.id,
        imported.dir.display(),
        imported.tests,
        imported.solutions,
    );
    // The fuel limit, as Kattis sets its time limit: from the slowest
    // accepted submission.
    let judge = Judge::new(JudgeOptions::new(global.cache_dir()))
        .map_err(|e| CliError::Internal(e.into()))?;
    match calibrate::calibrate(&imported.dir, &imported.timing, &judge) {
        Ok(calibration) => {
            for warning in &calibration.warnings {
                warn(warning);
            }
            println!(
                "fuel limit {}: {} needs {} fuel on its heaviest test, x time_multiplier {}",
                validate::fuel_text(calibration.fuel),
                calibration.slowest,
                calibration.slowest_fuel,
                imported.timing.time_multiplier
            );
        }
        Err(kattis::ImportError::Invalid(why)) => warn(&why),
        Err(e) => return Err(usage_or_internal(e)),
    }
    println!("next: judge pack validate {}", imported.dir.display());
    Ok(Status::Success)
}
