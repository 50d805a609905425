//! `judge check`: judging a whole repository of solutions. Discovery (which
//! file belongs to which problem, from directory names and `judge.toml`),
//! sharding for CI matrices, and a parallel runner over one shared [`Judge`]
//! whose results come back in path order however many workers run. Like the
//! rest of the harness it never prints; the CLI's reporters do.

pub mod config;
pub mod discover;
pub mod glob;
pub mod shard;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub use config::{CheckConfig, ConfigError, ConfigErrors};
pub use discover::{discover, Discovery, Origin, Solution, Warning};
pub use shard::Shard;

use crate::input;
use crate::judge::{Judge, Report, Submission};
use crate::registry::Registry;
use crate::verdict::Verdict;

/// How to run a check.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Worker threads (at least 1).
    pub jobs: usize,
    /// Start no new solution after the first unexpected verdict.
    pub fail_fast: bool,
}

/// One solution's result.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub solution: Solution,
    /// `None` when `--fail-fast` stopped the check before this one started.
    pub report: Option<Report>,
    /// Wall time of judging this solution (compile included).
    pub wall: Duration,
}

impl Outcome {
    pub fn verdict(&self) -> Option<Verdict> {
        self.report.as_ref().map(|r| r.verdict)
    }

    /// Whether it got its expected verdict (`None`: not run).
    /// An accepted solution must also pass an enforced complexity check.
    pub fn as_expected(&self) -> Option<bool> {
        self.report.as_ref().map(|r| {
            r.verdict == self.solution.expected
                && !(r.verdict.is_accepted() && r.complexity.fails_submission())
        })
    }

    /// Judged, and not as expected.
    pub fn is_unexpected(&self) -> bool {
        self.as_expected() == Some(false)
    }

    /// Fuel used by all the tests that ran.
    pub fn fuel(&self) -> u64 {
        self.report
            .as_ref()
            .map_or(0, |r| r.tests.iter().map(|t| t.fuel).sum())
    }

    /// Peak memory over the tests that ran.
    pub fn memory_bytes(&self) -> u64 {
        self.report.as_ref().map_or(0, |r| {
            r.tests.iter().map(|t| t.memory_bytes).max().unwrap_or(0)
        })
    }

    /// Whether the verdict came from the verdict cache (no test ran).
    pub fn verdict_cached(&self) -> bool {
        self.report.as_ref().is_some_and(|r| r.cached)
    }

    /// Whether the module came from the cache (`None`: it was never built).
    pub fn compiled_from_cache(&self) -> Option<bool> {
        self.report
            .as_ref()
            .and_then(|r| r.build.as_ref())
            .map(|b| b.cached)
    }

    /// The line an annotation should point at: for CE the first compile
    /// error's line in the user's file, for RE the user's line in a stack
    /// trace (Go panics name it), else 1.
    pub fn line(&self) -> u32 {
        match &self.report {
            Some(r) if matches!(r.verdict, Verdict::CompileError | Verdict::RuntimeError) => r
                .message
                .as_deref()
                .and_then(|m| message_line(m, &self.solution.file))
                .unwrap_or(1),
            _ => 1,
        }
    }
}

/// Counts over a whole check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub total: usize,
    pub expected: usize,
    pub unexpected: usize,
    pub not_run: usize,
    /// Judged solutions per verdict, in `Verdict` order.
    pub verdicts: BTreeMap<Verdict, usize>,
    /// Some verdict was IE: the judge's own fault.
    pub internal: bool,
}

impl Summary {
    pub fn of(outcomes: &[Outcome]) -> Summary {
        let mut summary = Summary {
            total: outcomes.len(),
            ..Summary::default()
        };
        for outcome in outcomes {
            match outcome.as_expected() {
                None => summary.not_run += 1,
                Some(true) => summary.expected += 1,
                Some(false) => summary.unexpected += 1,
            }
            if let Some(v) = outcome.verdict() {
                *summary.verdicts.entry(v).or_default() += 1;
                summary.internal |= v == Verdict::InternalError && outcome.is_unexpected();
            }
        }
        summary
    }

    /// Every judged solution got its expected verdict and none was skipped.
    pub fn passed(&self) -> bool {
        self.unexpected == 0 && self.not_run == 0
    }
}

/// Judges `solutions` (in path order) with `options.jobs` workers sharing
/// `judge`. `on_outcome` sees each outcome in path order as soon as it and
/// all before it are done; the outcomes are also returned, in path order.
pub fn run(
    judge: &Judge,
    registry: &Registry,
    solutions: Vec<Solution>,
    options: RunOptions,
    on_outcome: &(dyn Fn(&Outcome) + Sync),
) -> Vec<Outcome> {
    let total = solutions.len();
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let state = Mutex::new(Ordered {
        slots: vec![None; total],
        flushed: 0,
    });
    let jobs = options.jobs.clamp(1, total.max(1));
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(solution) = solutions.get(index) else {
                    break;
                };
                let outcome = judge_one(judge, registry, solution);
                if options.fail_fast && outcome.is_unexpected() {
                    stop.store(true, Ordering::SeqCst);
                }
                let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
                state.slots[index] = Some(outcome);
                state.flush(on_outcome);
            });
        }
    });
    let mut state = state.into_inner().unwrap_or_else(|e| e.into_inner());
    for (slot, solution) in state.slots.iter_mut().zip(&solutions) {
        if slot.is_none() {
            *slot = Some(Outcome {
                solution: solution.clone(),
                report: None,
                wall: Duration::ZERO,
            });
        }
    }
    state.flush(on_outcome);
    state.slots.into_iter().flatten().collect()
}

/// Finished outcomes, handed on in order.
struct Ordered {
    slots: Vec<Option<Outcome>>,
    flushed: usize,
}

impl Ordered {
    fn flush(&mut self, on_outcome: &(dyn Fn(&Outcome) + Sync)) {
        while let Some(Some(outcome)) = self.slots.get(self.flushed) {
            on_outcome(outcome);
            self.flushed += 1;
        }
    }
}

/// Judges one solution, stopping at its first failing test.
fn judge_one(judge: &Judge, registry: &Registry, solution: &Solution) -> Outcome {
    let started = Instant::now();
    let pack = registry.pack(&solution.problem).and_then(Result::ok);
    let report = match (pack, read_solution(solution)) {
        (Some(pack), Ok(bytes)) => {
            let submission = Submission {
                file: solution.file.clone(),
                language: solution.language,
                bytes,
            };
            let mut report = judge.judge(pack, &submission, &mut |_| {});
            report.file = solution.file.clone();
            report
        }
        (pack, read) => {
            let (verdict, message) = match read {
                // The input is the user's to fix: its own result, never its content.
                Err(message) => (Verdict::CompileError, message),
                Ok(_) => (
                    Verdict::InternalError,
                    format!("unknown problem `{}`", solution.problem),
                ),
            };
            Report {
                problem: solution.problem.clone(),
                language: solution.language,
                file: solution.file.clone(),
                verdict,
                message: Some(message),
                build: None,
                tests: Vec::new(),
                seed: judge.options().seed,
                limits: pack.map(|p| p.limits).unwrap_or(crate::pack::PackLimits {
                    fuel: 0,
                    memory_mib: 0,
                    output_kib: 0,
                    stack_mib: 0,
                }),
                complexity: crate::complexity::ComplexityReport::off(
                    judge.options().complexity,
                    "not measured: the solution was not judged",
                ),
                user_fuel_limit: 0,
                cached: false,
            }
        }
    };
    tracing::info!(file = %solution.file, verdict = %report.verdict, "judged");
    Outcome {
        solution: solution.clone(),
        report: Some(report),
        wall: started.elapsed(),
    }
}

/// A solution's bytes, if it is a regular file inside the repository of at
/// most [`input::solution_cap`] bytes; else why not, naming the file.
fn read_solution(solution: &Solution) -> Result<Vec<u8>, String> {
    if let Some(why) = &solution.input_error {
        return Err(format!("{}: {why}", solution.file));
    }
    input::read_inside(
        &solution.root,
        &solution.abs,
        input::solution_cap(solution.language),
        "the repository",
    )
    .map_err(|e| format!("{}: cannot be read: {e}", solution.file))
}

/// The line of the first error in `file` that a compiler message or a stack
/// trace points at (`lru.go:4:15: ...`, `--> lru.rs:4:15`, `solution/lru.go:51`). Messages name the file by its
/// base name; the first location after the first line mentioning an error
/// wins, else the first location at all.
pub fn message_line(message: &str, file: &str) -> Option<u32> {
    let base = file.rsplit('/').next().unwrap_or(file);
    let lines: Vec<&str> = message.lines().collect();
    let located = |line: &str| -> Option<u32> {
        let mut rest = line;
        while let Some(at) = rest.find(base) {
            let before_ok = at == 0 || {
                let c = rest.as_bytes()[at - 1];
                !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b'.')
            };
            let after = &rest[at + base.len()..];
            if before_ok {
                if let Some(tail) = after.strip_prefix(':') {
                    let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
                    if let Ok(n) = digits.parse::<u32>() {
                        if n > 0 {
                            return Some(n);
                        }
                    }
                }
            }
            rest = &rest[at + base.len()..];
        }
        None
    };
    let first_error = lines
        .iter()
        .position(|l| l.to_ascii_lowercase().contains("error"))
        .unwrap_or(0);
    lines[first_error..]
        .iter()
        .find_map(|l| located(l))
        .or_else(|| lines.iter().find_map(|l| located(l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compile_error_lines_from_each_compiler() {
        let clang = "broken.c:2:1: warning: unused\nbroken.c:4:15: error: expected expression\n";
        assert_eq!(message_line(clang, "repo/lru/broken.c"), Some(4));
        let go = "# command-line-arguments\n./bad.go:7:2: undefined: x\n";
        assert_eq!(message_line(go, "bad.go"), Some(7));
        let rust = "error[E0425]: cannot find value `x`\n --> bad.rs:9:5\n  |\n";
        assert_eq!(message_line(rust, "a/bad.rs"), Some(9));
        assert_eq!(message_line("judge_driver.c:3:1: error", "x.c"), None);
        assert_eq!(message_line("notbad.go:3:1: error", "bad.go"), None);
        let panic = "panic: assignment to entry in nil map\n\tsolution/frank.go:51 +0x45\n";
        assert_eq!(message_line(panic, "x/frank.go"), Some(51));
    }

    #[test]
    fn the_judge_can_be_shared_across_workers() {
        fn shared<T: Sync + Send>() {}
        shared::<Judge>();
        shared::<Registry>();
    }
}
