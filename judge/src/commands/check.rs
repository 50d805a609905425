//! `judge check [DIR]`: judge every solution in a repository. Reads
//! `judge.toml`, discovers solutions, keeps this shard's, checks the
//! toolchains they need, judges them in parallel over one shared `Judge`,
//! and reports in path order. Exit 0 when every verdict is as expected, 1
//! when any is not, 2 for usage and configuration errors, 3 for the judge's.

use std::collections::BTreeSet;
use std::io::Write;
use std::sync::Mutex;

use harness::check::{self, CheckConfig, Outcome, RunOptions, Shard, Summary, Warning};
use harness::registry::Registry;
use harness::toolchain::ToolchainError;
use harness::{Judge, JudgeOptions, Language};

use crate::cli::{CheckArgs, CheckFormat};
use crate::commands::{invalid_pack, Global};
use crate::exit::{CliError, Status};
use crate::report::check::{github, human, json, junit};
use crate::report::terminal::escape;
use crate::style::{stderr_color, stdout_color, Paint};

pub fn run(global: &Global, args: &CheckArgs) -> Result<Status, CliError> {
    let root = &args.dir;
    if !root.exists() {
        return Err(CliError::usage(format!(
            "`{}`: no such directory",
            root.display()
        )));
    }
    if !root.is_dir() {
        return Err(CliError::usage(format!(
            "`{}` is not a directory; `judge check` takes a repository of solutions (use `judge submit` for one file)",
            root.display()
        )));
    }
    let registry = global.registry()?;
    let ids: Vec<&str> = registry.ids().collect();
    let config = CheckConfig::load(root, &ids)
        .map_err(|errors| CliError::usage(format!("invalid judge.toml:\n{errors}")))?;
    let discovery = check::discover(root, root, &config, &registry);
    let shard = args.shard.unwrap_or(Shard::ALL);
    let found = discovery.solutions.len();
    let solutions = shard.select(discovery.solutions);
    tracing::info!(found, shard = %shard, selected = solutions.len(), "discovered");

    let warn = Paint::new(stderr_color());
    for warning in &discovery.warnings {
        print_warning(args.format, warning, warn);
    }
    if found == 0 {
        print_warning_text(
            args.format,
            &format!(
                "no solutions found under `{}` (solutions live in directories named after problems, e.g. `lru-cache/mine.go`; `judge list` shows the ids)",
                root.display()
            ),
            warn,
        );
    }

    read_packs(&registry, &solutions)?;

    let mut options = JudgeOptions::new(global.cache_dir());
    if let Some(seed) = args.seed {
        options.seed = seed;
    }
    options.stop_at_first_failure = true;
    options.verdict_cache = !args.no_cache;
    if let Some(mode) = args.complexity.map(Into::into).or(config.complexity) {
        options.complexity = mode;
    }
    let seed = options.seed;
    let judge = Judge::new(options).map_err(|e| {
        CliError::Internal(anyhow::Error::new(e).context("cannot start the sandbox"))
    })?;
    check_toolchains(&judge, &solutions)?;
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });

    let paint = Paint::new(stdout_color());
    let widths = human::Widths::of(&solutions);
    let stdout = Mutex::new(std::io::stdout());
    let streaming = args.format == CheckFormat::Human;
    let on_outcome = |outcome: &Outcome| {
        if streaming {
            let mut out = stdout.lock().unwrap_or_else(|e| e.into_inner());
            let _ = writeln!(out, "{}", human::line(outcome, widths, paint));
            let _ = out.flush();
        }
    };
    let outcomes = check::run(
        &judge,
        &registry,
        solutions,
        RunOptions {
            jobs,
            fail_fast: args.fail_fast,
        },
        &on_outcome,
    );

    let mut out = std::io::stdout().lock();
    match args.format {
        CheckFormat::Human => out.write_all(human::footer(&outcomes, paint).as_bytes())?,
        CheckFormat::Json => {
            let root = root.display().to_string();
            let value = json::render(
                &outcomes,
                &json::Context {
                    root: &root,
                    shard,
                    seed,
                    warnings: &discovery.warnings,
                },
            );
            serde_json::to_writer_pretty(&mut out, &value).map_err(anyhow::Error::new)?;
            writeln!(out)?;
        }
        CheckFormat::Junit => out.write_all(junit::render(&outcomes).as_bytes())?,
        CheckFormat::Github => out.write_all(github::render(&outcomes).as_bytes())?,
    }
    out.flush()?;

    let summary = Summary::of(&outcomes);
    Ok(if summary.internal {
        Status::Internal
    } else if summary.passed() {
        Status::Success
    } else {
        Status::Rejected
    })
}

/// The packs the selected solutions belong to, read whole (tests,
/// references) before anything is judged: a broken one is a usage error,
/// as when the registry loaded it. Other packs' test data is never read.
fn read_packs(registry: &Registry, solutions: &[check::Solution]) -> Result<(), CliError> {
    let problems: BTreeSet<&str> = solutions.iter().map(|s| s.problem.as_str()).collect();
    for id in problems {
        if let Some(Err(errors)) = registry.pack(id) {
            return Err(invalid_pack(errors));
        }
    }
    Ok(())
}

/// Every compiler the selected solutions need must be there, or nothing is
/// judged: a usage error naming the install commands.
fn check_toolchains(judge: &Judge, solutions: &[check::Solution]) -> Result<(), CliError> {
    let mut languages: Vec<Language> = solutions
        .iter()
        .map(|s| s.language)
        .filter(|l| l.is_source())
        .collect();
    languages.sort();
    languages.dedup();
    let mut missing = Vec::new();
    for lang in languages {
        match judge.toolchain(lang) {
            Ok(tc) => tracing::info!(%lang, version = %tc.version, "toolchain"),
            Err(e @ ToolchainError::Missing { .. }) => {
                let files = solutions.iter().filter(|s| s.language == lang).count();
                missing.push(format!("{e} ({files} {lang} solution(s) to judge)"));
            }
            Err(e) => return Err(CliError::Internal(anyhow::Error::new(e))),
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(CliError::usage(missing.join("\n")))
    }
}

fn print_warning(format: CheckFormat, warning: &Warning, paint: Paint) {
    print_warning_text(format, &warning.to_string(), paint);
}

fn print_warning_text(format: CheckFormat, text: &str, paint: Paint) {
    if format == CheckFormat::Github {
        eprintln!("{}", github::warning(text));
    } else {
        eprintln!("{} {}", paint.yellow("warning:"), escape(text));
    }
}
