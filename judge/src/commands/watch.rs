//! `judge watch <problem> <file> [CASE]`: `judge run` (or, with `--submit`,
//! `judge submit`) again every time the solution or the case file is saved,
//! the screen cleared between runs, as rustlings' watch mode does. Saves
//! are seen through `notify` on the files' folders (editors often save by
//! renaming a new file over the old one) and debounced, so one save is one
//! run. A run that fails, even to compile, just waits for the next save.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify_debouncer_mini::{new_debouncer, notify::RecursiveMode, DebounceEventResult};

use crate::cli::{Format, SubmitArgs, WatchArgs};
use crate::commands::{find, run as run_command, solution, submit, Global};
use crate::exit::{self, CliError, Status};
use crate::style::{stdout_color, Paint};

/// How long a burst of file events must be quiet before a run starts.
const DEBOUNCE: Duration = Duration::from_millis(250);

pub fn run(global: &Global, args: &WatchArgs) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let pack = find(&registry, &args.run.problem)?;
    let mut watched = vec![absolute(&args.run.file)?];
    if let Some(case) = args.run.case.as_deref().filter(|c| *c != Path::new("-")) {
        watched.push(absolute(case)?);
    } else if args.run.case.is_some() {
        return Err(CliError::usage(
            "watch re-reads the case on every save; pass a case file, not `-`",
        ));
    }

    let (sender, saves) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(DEBOUNCE, sender)
        .map_err(|e| anyhow::anyhow!("cannot watch for saves: {e}"))?;
    let folders: BTreeSet<&Path> = watched.iter().filter_map(|p| p.parent()).collect();
    for folder in folders {
        debouncer
            .watcher()
            .watch(folder, RecursiveMode::NonRecursive)
            .map_err(|e| CliError::usage(format!("cannot watch `{}`: {e}", folder.display())))?;
    }

    let paint = Paint::new(stdout_color());
    let mut runs = 0u64;
    let mut status;
    loop {
        runs += 1;
        clear_screen();
        let result = once(global, pack, args);
        status = exit::report(result);
        println!(
            "\n{}",
            paint.dim(&format!(
                "run {runs} · watching {} for saves · Ctrl-C stops",
                args.run.file.display()
            ))
        );
        let _ = std::io::stdout().flush();
        if args.runs.is_some_and(|limit| runs >= limit) {
            return Ok(status);
        }
        wait_for_save(&saves, &watched)?;
    }
}

/// One run or submission, as the plain command would do it.
fn once(global: &Global, pack: &harness::Pack, args: &WatchArgs) -> Result<Status, CliError> {
    let a = &args.run;
    if args.submit {
        return submit::run(
            global,
            &SubmitArgs {
                problem: a.problem.clone(),
                file: a.file.clone(),
                lang: a.lang,
                seed: a.seed,
                format: Format::Human,
                all: false,
                compile_timeout: None,
                complexity: None,
                plot: None,
            },
        );
    }
    let submission = solution::load(pack, &a.file, a.lang)?;
    let case = a.case.as_deref().map(run_command::read_case).transpose()?;
    run_command::run_loaded(global, pack, &submission, case.as_ref(), a.seed)
}

/// Blocks until one of `watched` changes (created, written, renamed over).
fn wait_for_save(
    saves: &mpsc::Receiver<DebounceEventResult>,
    watched: &[PathBuf],
) -> Result<(), CliError> {
    loop {
        let events = saves
            .recv()
            .map_err(|_| anyhow::anyhow!("the file watcher stopped"))?;
        match events {
            Ok(events) if events.iter().any(|e| watched.contains(&e.path)) => return Ok(()),
            Ok(_) => {}
            Err(e) => tracing::warn!("file watcher: {e}"),
        }
    }
}

/// `path` made absolute through its folder (the file itself may be
/// replaced between saves), as the watcher reports paths.
fn absolute(path: &Path) -> Result<PathBuf, CliError> {
    let name = path
        .file_name()
        .ok_or_else(|| CliError::usage(format!("`{}` is not a file", path.display())))?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let folder = std::fs::canonicalize(folder)
        .map_err(|e| CliError::usage(format!("cannot watch `{}`: {e}", path.display())))?;
    Ok(folder.join(name))
}

/// A clear screen on a terminal; a separating line in a log.
fn clear_screen() {
    let mut out = std::io::stdout();
    if out.is_terminal() {
        let _ = write!(out, "\x1b[2J\x1b[3J\x1b[H");
    } else {
        let _ = writeln!(out, "────────");
    }
    let _ = out.flush();
}
