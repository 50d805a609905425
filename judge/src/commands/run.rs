//! `judge run <problem> <file> [CASE]`: LeetCode's Run button. The user's
//! own case (a file, or `-` for stdin) or the problem's examples, expected
//! answers from the reference, and a report per case; exit 0 iff every
//! case matched.

use std::io::{Read, Write};
use std::path::Path;

use harness::input;
use harness::run_cases::{self, RunError, CASES_CAP};
use harness::toolchain;
use harness::{Event, Pack, Submission, Verdict};

use crate::cli::RunArgs;
use crate::commands::{find_whole, solution, Global};
use crate::exit::{CliError, Status};
use crate::report::{self, progress::Progress};
use crate::style::{stdout_color, Paint};

pub fn run(global: &Global, args: &RunArgs) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let pack = find_whole(&registry, &args.problem)?;
    let submission = solution::load(pack, &args.file, args.lang)?;
    solution::require_toolchain(&submission, |lang| {
        toolchain::detect_with_cache_dir(lang, global.cache_dir().as_deref())
    })?;
    let case = args.case.as_deref().map(read_case).transpose()?;
    run_loaded(global, pack, &submission, case.as_ref(), args.seed)
}

/// Runs a loaded solution on `case` (or the examples) and prints the
/// report; `watch` calls this on every save.
pub fn run_loaded(
    global: &Global,
    pack: &Pack,
    submission: &Submission,
    case: Option<&(String, Vec<u8>)>,
    seed: Option<u64>,
) -> Result<Status, CliError> {
    let (custom, examples) = match case {
        Some((name, bytes)) => (
            vec![run_cases::parse(pack, name, bytes).map_err(usage)?],
            Vec::new(),
        ),
        None => (Vec::new(), run_cases::examples(pack).map_err(usage)?),
    };
    let options = solution::options(global, seed, None);
    let mut progress = Progress::new(&pack.id);
    let run = run_cases::run(
        options,
        pack,
        submission,
        custom,
        examples,
        &mut |e: Event<'_>| progress.event(&e),
    )
    .map_err(|e| match e {
        RunError::Sandbox(e) => {
            CliError::Internal(anyhow::Error::new(e).context("cannot start the sandbox"))
        }
        e => usage(e),
    })?;
    drop(progress);
    let text = report::run::render(&run, &pack.signature, Paint::new(stdout_color()));
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(match run.report.verdict {
        Verdict::InternalError => Status::Internal,
        _ if run.passed() => Status::Success,
        _ => Status::Rejected,
    })
}

fn usage(e: RunError) -> CliError {
    CliError::usage(e.to_string())
}

/// The case's name for messages and its bytes: a regular file, or stdin
/// for `-`, at most [`CASES_CAP`] bytes either way.
pub fn read_case(path: &Path) -> Result<(String, Vec<u8>), CliError> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(CASES_CAP + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::usage(format!("cannot read the case from stdin: {e}")))?;
        if bytes.len() as u64 > CASES_CAP {
            return Err(CliError::usage(format!(
                "the case on stdin is over {CASES_CAP} bytes"
            )));
        }
        return Ok(("<stdin>".into(), bytes));
    }
    let bytes = input::read_regular(path, CASES_CAP)
        .map_err(|e| CliError::usage(format!("cannot read `{}`: {e}", path.display())))?;
    Ok((path.display().to_string(), bytes))
}
