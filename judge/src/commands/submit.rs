//! `judge submit <problem> <file>`: checks the input up front (problem,
//! file, language, toolchain) so every mistake is a usage error with a fix,
//! then lets the harness judge while a reporter prints.

use std::io::Write;
use std::path::Path;

use harness::{Event, Judge};

use crate::cli::{Format, SubmitArgs};
use crate::commands::{find_whole, solution, Global};
use crate::exit::{CliError, Status};
use crate::report::{self, human, progress::Progress};
use crate::style::{stdout_color, Paint};

pub fn run(global: &Global, args: &SubmitArgs) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let pack = find_whole(&registry, &args.problem)?;
    let submission = solution::load(pack, &args.file, args.lang)?;
    let file = submission.file.clone();
    let mut options = solution::options(global, args.seed, args.compile_timeout);
    options.stop_at_first_failure = !args.all;
    options.verdict_cache = !args.no_cache;
    if let Some(mode) = args.complexity {
        options.complexity = mode.into();
    }
    tracing::info!(cache_dir = ?options.cache_dir, seed = options.seed, "judging");
    let judge = Judge::new(options).map_err(|e| {
        CliError::Internal(anyhow::Error::new(e).context("cannot start the sandbox"))
    })?;
    solution::require_toolchain(&submission, |lang| judge.toolchain(lang))?;

    let mut progress = Progress::new(&pack.id);
    let report = judge.judge(pack, &submission, &mut |event: Event<'_>| {
        progress.event(&event);
        if let Event::TestFinished { result, .. } = &event {
            tracing::debug!(test = %result.name, verdict = ?result.verdict, fuel = result.fuel, "test finished");
        }
    });
    drop(progress);
    // The practice record: an AC whose complexity check failed is not solved.
    let judged = report.verdict != harness::Verdict::InternalError;
    if judged && (report.passed() || !report.verdict.is_accepted()) {
        let path = harness::solved::default_path();
        if let Err(e) =
            harness::solved::record_at(&path, &pack.id, submission.language, report.verdict)
        {
            tracing::warn!("{e}");
        }
    }

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
