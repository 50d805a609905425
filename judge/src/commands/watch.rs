//! `judge watch <problem> <file> [CASE]`: `judge run` (or, with `--submit`,
//! `judge submit`) again every time the solution or the case file is saved,
//! the screen cleared between runs, as rustlings' watch mode does. Saves
//! are seen through `notify` on the files' folders (editors often save by
//! renaming a new file over the old one); only changes count (the judge's
//! own reads are events too), and a burst of them is one run. A run that
//! fails, even to compile, just waits for the next save.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventKind, RecursiveMode, Watcher};

use crate::cli::{Format, SubmitArgs, WatchArgs};
use crate::commands::{find_whole, run as run_command, solution, submit, Global};
use crate::exit::{self, CliError, Status};
use crate::style::{stdout_color, Paint};
use harness::toolchain;

/// How long a burst of file events must be quiet before a run starts.
const DEBOUNCE: Duration = Duration::from_millis(250);

pub fn run(global: &Global, args: &WatchArgs) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let pack = find_whole(&registry, &args.run.problem)?;
    let mut watched = vec![absolute(&args.run.file)?];
    if let Some(case) = args.run.case.as_deref().filter(|c| *c != Path::new("-")) {
        watched.push(absolute(case)?);
    } else if args.run.case.is_some() {
        return Err(CliError::usage(
            "watch re-reads the case on every save; pass a case file, not `-`",
        ));
    }

    let (sender, saves) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(sender)
        .map_err(|e| anyhow::anyhow!("cannot watch for saves: {e}"))?;
    let folders: BTreeSet<&Path> = watched.iter().filter_map(|p| p.parent()).collect();
    for folder in folders {
        watcher
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
                no_cache: false,
            },
        );
    }
    let submission = solution::load(pack, &a.file, a.lang)?;
    solution::require_toolchain(&submission, |lang| {
        toolchain::detect_with_cache_dir(lang, global.cache_dir().as_deref())
    })?;
    let case = a.case.as_deref().map(run_command::read_case).transpose()?;
    run_command::run_loaded(global, pack, &submission, case.as_ref(), a.seed)
}

/// Blocks until one of `watched` changes (written, created, renamed over,
/// removed), then lets the burst of events a save makes settle.
fn wait_for_save(
    saves: &mpsc::Receiver<notify::Result<Event>>,
    watched: &[PathBuf],
) -> Result<(), CliError> {
    let is_save = |event: &notify::Result<Event>| match event {
        Ok(e) => {
            matches!(
                e.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            ) && e.paths.iter().any(|p| watched.contains(p))
        }
        Err(e) => {
            tracing::warn!("file watcher: {e}");
            false
        }
    };
    loop {
        let event = saves
            .recv()
            .map_err(|_| anyhow::anyhow!("the file watcher stopped"))?;
        if is_save(&event) {
            break;
        }
    }
    // Debounce: wait until no event came for a moment.
    while saves.recv_timeout(DEBOUNCE).is_ok() {}
    Ok(())
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
