//! `judge pack validate`: proves a pack sound before it ships, the way a
//! Kattis package proves itself. Loading already reports every schema and
//! semantic problem with its file and line; this adds the checks that need
//! running code: every generator is deterministic, every reference is
//! accepted with fuel to spare, every known solution gets the verdict its
//! folder names, and every starter compiles without being accepted. All
//! checks run (in parallel) and every failure is reported, not just the first.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::factor_check;
use crate::complexity::ComplexityVerdict;
use crate::judge::{Judge, Report, Submission};
use crate::language::Language;
use crate::pack::{Pack, PackErrors, PackFiles, PackSource};
use crate::verdict::Verdict;

/// A reference may use at most this share of the fuel limit on any test, so
/// that a correct solution a little slower than the reference still passes.
pub const MAX_REFERENCE_FUEL_SHARE: f64 = 0.5;

/// Reads and loads a pack folder: the errors are the schema and semantic
/// problems (every one found, each with file and line).
pub fn load(dir: &Path) -> Result<Pack, PackErrors> {
    let files = PackFiles::from_dir(dir)?;
    Pack::load(&files)
}

/// What a check looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CheckKind {
    /// A `[[generated]]` test generated twice.
    Generator,
    /// A reference solution.
    Reference,
    /// A file under `solutions/<verdict>/`.
    Solution,
    /// A starter template.
    Starter,
    /// A test input run through the pack's input validator.
    Input,
    /// A reference's fuel ratio to the C reference against its language's
    /// factor ([`super::factor_check`]).
    Factor,
}

impl CheckKind {
    pub fn name(self) -> &'static str {
        match self {
            CheckKind::Generator => "generator",
            CheckKind::Reference => "reference",
            CheckKind::Solution => "solution",
            CheckKind::Starter => "starter",
            CheckKind::Input => "input",
            CheckKind::Factor => "factor",
        }
    }
}

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub kind: CheckKind,
    /// What was checked: a file relative to the pack, or a generated test's
    /// name (`[[generated]] large-random`).
    pub subject: String,
    pub passed: bool,
    /// One line: what happened, and for a failure what to do.
    pub summary: String,
    /// References: the largest fuel used on one test, as a share of the limit.
    pub max_fuel_share: Option<f64>,
    /// Accepted references: the user fuel of the heaviest test, which the
    /// factor checks compare with the C reference's.
    pub max_user_fuel: Option<u64>,
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {}",
            if self.passed { "ok  " } else { "FAIL" },
            self.subject,
            self.summary
        )
    }
}

/// Everything `validate` found.
#[derive(Debug, Clone)]
pub struct Validation {
    pub pack: String,
    pub root: String,
    /// In a fixed order: generators, references, factors, solutions,
    /// starters.
    pub checks: Vec<Check>,
    /// Not failures, but worth an author's attention.
    pub warnings: Vec<String>,
}

impl Validation {
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.passed)
    }

    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.passed)
    }
}

/// How to validate.
#[derive(Debug, Clone)]
pub struct ValidateOptions {
    /// Checks run at once.
    pub jobs: usize,
    /// A reference outside its language's factor fails validation (the
    /// bundled packs' test); otherwise it is a warning naming the override
    /// to set, so an imported pack with a costlier reference stays usable.
    pub strict_factors: bool,
}

impl Default for ValidateOptions {
    fn default() -> Self {
        ValidateOptions {
            jobs: std::thread::available_parallelism().map_or(4, |n| n.get()),
            strict_factors: false,
        }
    }
}

enum Job<'p> {
    Generator(usize),
    Reference(&'p PackSource),
    Solution(Verdict, &'p PackSource),
    Starter(&'p PackSource),
    /// Test `index` (hand-written, then generated) through the validator.
    Input(usize),
}

/// Runs every check on a loaded pack. `on_check` is called as each check
/// finishes (from worker threads, in completion order); the returned
/// [`Validation`] lists them in a fixed order.
pub fn validate(
    pack: &Pack,
    judge: &Judge,
    options: &ValidateOptions,
    on_check: &(dyn Fn(&Check) + Sync),
) -> Validation {
    let mut jobs: Vec<Job<'_>> = (0..pack.generated.len()).map(Job::Generator).collect();
    jobs.extend(pack.references.values().map(Job::Reference));
    jobs.extend(
        pack.solutions
            .iter()
            .map(|s| Job::Solution(s.expected, &s.source)),
    );
    jobs.extend(pack.starters.values().map(Job::Starter));
    if pack.input_validator.is_some() && pack.signature == crate::signature::Signature::Stdio {
        jobs.extend((0..pack.tests.len() + pack.generated.len()).map(Job::Input));
    }

    let results: Mutex<Vec<Option<Check>>> = Mutex::new(vec![None; jobs.len()]);
    let next = AtomicUsize::new(0);
    let workers = options.jobs.clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(index) else { break };
                let check = run_job(pack, judge, job);
                on_check(&check);
                if let Ok(mut results) = results.lock() {
                    results[index] = Some(check);
                }
            });
        }
    });
    let mut checks: Vec<Check> = results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect();
    let heaviest: Vec<(Language, u64)> = pack
        .references
        .iter()
        .filter_map(|(lang, source)| {
            let check = checks
                .iter()
                .find(|c| c.kind == CheckKind::Reference && c.subject == source.path)?;
            Some((*lang, check.max_user_fuel?))
        })
        .collect();
    let after_references = checks
        .iter()
        .rposition(|c| c.kind <= CheckKind::Reference)
        .map_or(0, |i| i + 1);
    let mut warnings = warnings(pack);
    let (factors, outside): (Vec<Check>, Vec<Check>) = factor_check::factor_checks(pack, &heaviest)
        .into_iter()
        .partition(|c| c.passed || options.strict_factors);
    warnings.extend(
        outside
            .iter()
            .map(|c| format!("{}: {}", c.subject, c.summary)),
    );
    checks.splice(after_references..after_references, factors);
    Validation {
        pack: pack.id.clone(),
        root: pack.root.clone(),
        checks,
        warnings,
    }
}

/// Things that are allowed but usually a mistake.
fn warnings(pack: &Pack) -> Vec<String> {
    let mut out = Vec::new();
    for lang in &pack.languages {
        if !pack.starters.contains_key(lang) {
            out.push(format!(
                "no starter for {lang}: `judge init {} --lang {}` will have nothing to write (add starters/starter.{})",
                pack.id,
                lang.name(),
                lang.extension()
            ));
        }
    }
    if !pack
        .solutions
        .iter()
        .any(|s| s.expected != Verdict::Accepted)
    {
        out.push(
            "no known-wrong solutions: add some under solutions/wrong_answer/ or solutions/time_limit_exceeded/ to prove the tests catch mistakes".into(),
        );
    }
    if pack.tests.is_empty() {
        out.push("no hand-written tests: add the statement's examples under tests/".into());
    }
    out
}

pub(crate) fn submission(source: &PackSource) -> Submission {
    Submission::of_pack_file(&source.path, source.language, &source.bytes)
}

fn run_job(pack: &Pack, judge: &Judge, job: &Job<'_>) -> Check {
    match job {
        Job::Generator(index) => check_generator(pack, judge, *index),
        Job::Reference(source) => check_reference(pack, judge, source),
        Job::Solution(expected, source) => check_solution(pack, judge, *expected, source),
        Job::Starter(source) => check_starter(pack, judge, source),
        Job::Input(index) => check_input(pack, judge, *index),
    }
}

/// Runs the pack's input validator on test `index`'s input.
fn check_input(pack: &Pack, judge: &Judge, index: usize) -> Check {
    use crate::checker::program::Decision;
    use crate::vectors::TestBody;
    let (name, input) = match pack.tests.get(index) {
        Some(test) => match &test.body {
            TestBody::Stdio { input, .. } => (test.name.clone(), Ok(input.clone())),
            TestBody::Calls { .. } | TestBody::Concurrent(_) => {
                (test.name.clone(), Err("not a stdio test".to_string()))
            }
        },
        None => {
            let generated = index - pack.tests.len();
            let name = pack.generated[generated].name.clone();
            let input = judge
                .generated_input(pack, generated)
                .and_then(|input| input.stdin(&pack.signature));
            (name, input)
        }
    };
    let mut check = Check {
        kind: CheckKind::Input,
        subject: format!("input of test {name}"),
        passed: false,
        summary: String::new(),
        max_fuel_share: None,
        max_user_fuel: None,
    };
    let Some(validator) = pack.input_validator_for(&name) else {
        return check;
    };
    match input.map(|input| judge.validate_input(pack, validator, &input, &name)) {
        Err(message) => check.summary = message,
        Ok(Decision::Accepted) => {
            check.passed = true;
            check.summary = format!("valid ({} says so)", validator.path);
        }
        Ok(Decision::Rejected(message)) => {
            check.summary = format!("invalid, says {}: {message}", validator.path)
        }
        Ok(Decision::Failed(message)) => check.summary = message,
    }
    check
}

/// Generates the test twice and compares the encoded stdin byte for byte.
fn check_generator(pack: &Pack, judge: &Judge, index: usize) -> Check {
    let spec = &pack.generated[index];
    let how = match &spec.program {
        Some(program) => format!("program {}", program.path),
        None => "declared calls".to_string(),
    };
    let mut check = Check {
        kind: CheckKind::Generator,
        subject: format!("[[generated]] {}", spec.name),
        passed: false,
        summary: String::new(),
        max_fuel_share: None,
        max_user_fuel: None,
    };
    let twice = (0..2)
        .map(|_| {
            judge
                .generate_input(pack, index)
                .and_then(|input| input.stdin(&pack.signature))
        })
        .collect::<Result<Vec<_>, String>>();
    match twice {
        Err(message) => check.summary = message,
        Ok(runs) if runs[0] != runs[1] => {
            let at = runs[0]
                .iter()
                .zip(&runs[1])
                .position(|(a, b)| a != b)
                .unwrap_or(runs[0].len().min(runs[1].len()));
            check.summary = format!(
                "not deterministic ({how}): two runs with seed {} differ at byte {at} ({} and {} bytes); derive all randomness from the seed",
                spec.seed,
                runs[0].len(),
                runs[1].len()
            );
        }
        Ok(runs) => {
            check.passed = true;
            check.summary = format!(
                "deterministic ({how}, seed {}): {} bytes of input",
                spec.seed,
                runs[0].len()
            );
        }
    }
    check
}

/// The largest user fuel (what the limit applies to) any test used, with
/// the test's name.
fn max_fuel(report: &Report) -> (u64, String) {
    report
        .tests
        .iter()
        .filter(|t| t.verdict.is_some())
        .max_by_key(|t| t.user_fuel)
        .map(|t| (t.user_fuel, t.name.clone()))
        .unwrap_or_default()
}

/// A report's user fuel as a share of its language's limit.
fn limit_share(report: &Report, fuel: u64) -> f64 {
    fuel as f64 / report.user_fuel_limit.max(1) as f64
}

fn first_failure(report: &Report) -> String {
    let message = report
        .message
        .as_deref()
        .unwrap_or("")
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    match report.first_failure() {
        Some(test) => format!("on test {}: {message}", test.name),
        None => message,
    }
}

/// `1.2G`, `340.5M` fuel.
pub fn fuel_text(fuel: u64) -> String {
    if fuel >= 1_000_000_000 {
        format!("{:.2}G", fuel as f64 / 1e9)
    } else {
        format!("{:.1}M", fuel as f64 / 1e6)
    }
}

/// The largest fuel `source` needs on one test, in the pack's
/// (C-equivalent) fuel, judged with `limit` instead of the pack's limit; an
/// error says why it was not accepted.
pub(crate) fn fuel_needed(
    pack: &Pack,
    judge: &Judge,
    source: &PackSource,
    limit: u64,
) -> Result<u64, String> {
    let mut generous = pack.clone();
    generous.limits.fuel = limit;
    let report = judge.judge(&generous, &submission(source), &mut |_| {});
    if report.verdict != Verdict::Accepted {
        return Err(format!(
            "{} with {} fuel {}",
            report.verdict.code(),
            fuel_text(limit),
            first_failure(&report)
        ));
    }
    let (fuel, _) = max_fuel(&report);
    Ok((fuel as f64 * limit as f64 / report.user_fuel_limit.max(1) as f64).ceil() as u64)
}

/// What a reference that ran out of fuel would need: the limit to set, or
/// why it still fails with far more fuel.
fn fuel_advice(pack: &Pack, judge: &Judge, source: &PackSource) -> String {
    let limit = pack
        .limits
        .fuel
        .saturating_mul(FUEL_RETRY_FACTOR)
        .max(FUEL_RETRY_FLOOR);
    match fuel_needed(pack, judge, source, limit) {
        Ok(fuel) => format!(
            "; it needs {} fuel on its heaviest test: set limits.fuel to at least {} (the reference may use {:.0}% of it)",
            fuel_text(fuel),
            round_up((fuel as f64 / MAX_REFERENCE_FUEL_SHARE) as u64),
            100.0 * MAX_REFERENCE_FUEL_SHARE
        ),
        Err(why) => format!("; it is still not accepted with more fuel: {why}"),
    }
}

/// How much more fuel a reference that ran out gets to measure its need…
pub const FUEL_RETRY_FACTOR: u64 = 16;
/// …and at least this much.
pub const FUEL_RETRY_FLOOR: u64 = 4_000_000_000;

fn check_reference(pack: &Pack, judge: &Judge, source: &PackSource) -> Check {
    let report = judge.judge(pack, &submission(source), &mut |_| {});
    let (fuel, test) = max_fuel(&report);
    let share = limit_share(&report, fuel);
    let mut check = Check {
        kind: CheckKind::Reference,
        subject: source.path.clone(),
        passed: false,
        summary: String::new(),
        max_fuel_share: Some(share),
        max_user_fuel: None,
    };
    let usage = format!(
        "max fuel {} = {:.1}% of the {} limit (test {test})",
        fuel_text(fuel),
        100.0 * share,
        report.language
    );
    if report.verdict != Verdict::Accepted {
        check.summary = format!(
            "a reference must be accepted, got {} {}",
            report.verdict.code(),
            first_failure(&report)
        );
        if report.verdict == Verdict::TimeLimitExceeded {
            check.summary.push_str(&fuel_advice(pack, judge, source));
        }
    } else if pack.complexity.is_some() && report.complexity.verdict != ComplexityVerdict::Pass {
        check.summary = format!(
            "AC, but a reference must pass its complexity check: {}; {}",
            report.complexity.summary(),
            report.complexity.messages().join("; ")
        );
    } else if share > MAX_REFERENCE_FUEL_SHARE {
        check.summary = format!(
            "AC, but {usage}: a reference may use at most {:.0}%; raise limits.fuel to at least {} or speed the reference up",
            100.0 * MAX_REFERENCE_FUEL_SHARE,
            round_up((fuel as f64 * 2.0 * pack.limits.fuel as f64 / report.user_fuel_limit.max(1) as f64) as u64)
        );
    } else {
        check.passed = true;
        check.max_user_fuel = Some(fuel);
        check.summary = format!("AC on {} tests, {usage}", report.tests.len());
        if pack.complexity.is_some() {
            check
                .summary
                .push_str(&format!("; {}", report.complexity.summary()));
        }
    }
    check
}

/// Rounds up to two significant digits (`1_234_567` -> `1_300_000`).
pub(crate) fn round_up(value: u64) -> u64 {
    let mut unit = 1u64;
    while value / unit >= 100 {
        unit *= 10;
    }
    value.div_ceil(unit) * unit
}

fn check_solution(pack: &Pack, judge: &Judge, expected: Verdict, source: &PackSource) -> Check {
    let report = judge.judge(pack, &submission(source), &mut |_| {});
    let declared = pack.complexity.is_some();
    let complexity = &report.complexity;
    // `time_limit_exceeded/` holds the asymptotically slow: TLE, or AC with a
    // failed complexity check (docs/pack-format.md).
    let slow_by_complexity = expected == Verdict::TimeLimitExceeded
        && report.verdict == Verdict::Accepted
        && complexity.verdict == ComplexityVerdict::Fail;
    let complexity_ok =
        !declared || expected != Verdict::Accepted || complexity.verdict == ComplexityVerdict::Pass;
    // A known-slow solution that is also TLE must still land in a slower
    // class than required: that proves the series separates it.
    let slow_but_tle = expected == Verdict::TimeLimitExceeded
        && report.verdict == Verdict::TimeLimitExceeded
        && declared;
    let tle_complexity = slow_but_tle.then(|| judge.measure_complexity(pack, &submission(source)));
    let separated = tle_complexity
        .as_ref()
        .is_none_or(|c| c.verdict == ComplexityVerdict::Fail);
    let passed = (report.verdict == expected && complexity_ok && separated) || slow_by_complexity;
    let summary = if let Some(c) = tle_complexity.as_ref().filter(|_| passed) {
        format!(
            "TLE as expected {}; and its {} (the series separates it)",
            first_failure(&report),
            c.summary()
        )
    } else if let Some(c) = &tle_complexity {
        format!(
            "TLE as expected, but the complexity series does not separate it from the requirement: {}{}",
            c.summary(),
            c.messages().first().map(|m| format!("; {m}")).unwrap_or_default()
        )
    } else if slow_by_complexity {
        format!(
            "AC, and fails its complexity check as expected: {}",
            complexity.messages().join("; ")
        )
    } else if passed && expected == Verdict::Accepted {
        let (fuel, test) = max_fuel(&report);
        let mut text = format!(
            "AC as expected, max fuel {} = {:.1}% of the {} limit (test {test})",
            fuel_text(fuel),
            100.0 * limit_share(&report, fuel),
            report.language
        );
        if declared {
            text.push_str(&format!("; {}", complexity.summary()));
        }
        text
    } else if passed {
        format!(
            "{} as expected {}",
            report.verdict.code(),
            first_failure(&report)
        )
    } else if report.verdict == Verdict::Accepted && expected == Verdict::Accepted {
        format!(
            "AC, but an accepted solution must pass its complexity check: {}; {}",
            complexity.summary(),
            complexity.messages().join("; ")
        )
    } else if report.verdict == Verdict::Accepted && expected == Verdict::TimeLimitExceeded {
        format!(
            "expected TLE or a complexity failure, but it is accepted and its {}: tighten the series or add a test that catches it",
            complexity.summary()
        )
    } else if report.verdict == Verdict::Accepted {
        format!(
            "expected {} (it is under solutions/{}/), but it is accepted: the tests do not catch it; add a test that does",
            expected.code(),
            expected.folder()
        )
    } else {
        format!(
            "expected {}, got {} {}",
            expected.code(),
            report.verdict.code(),
            first_failure(&report)
        )
    };
    Check {
        kind: CheckKind::Solution,
        subject: source.path.clone(),
        passed,
        summary,
        max_fuel_share: None,
        max_user_fuel: None,
    }
}

fn check_starter(pack: &Pack, judge: &Judge, source: &PackSource) -> Check {
    let report = judge.judge(pack, &submission(source), &mut |_| {});
    let (passed, summary) = match report.verdict {
        Verdict::Accepted => (
            false,
            "a starter must not be accepted (it would solve the problem for the user)".to_string(),
        ),
        Verdict::CompileError | Verdict::InternalError => (
            false,
            format!(
                "a starter must compile: {} {}",
                report.verdict.code(),
                report.message.as_deref().unwrap_or("").trim()
            ),
        ),
        other => (
            true,
            format!("compiles, not accepted ({} {})", other.code(), {
                report
                    .first_failure()
                    .map_or(String::new(), |t| format!("on test {}", t.name))
            }),
        ),
    };
    Check {
        kind: CheckKind::Starter,
        subject: source.path.clone(),
        passed,
        summary: summary.trim_end().to_string(),
        max_fuel_share: None,
        max_user_fuel: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuel_suggestions_round_up() {
        assert_eq!(round_up(1_234_567), 1_300_000);
        assert_eq!(round_up(99), 99);
        assert_eq!(round_up(2_000_000_000), 2_000_000_000);
        assert_eq!(fuel_text(1_500_000_000), "1.50G");
        assert_eq!(fuel_text(2_500_000), "2.5M");
    }
}
