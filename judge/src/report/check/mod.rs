//! Reporters for `judge check`: `human` (a line per solution, counts, then
//! the failures in detail), `json` (one object, schema in docs/check-json.md),
//! `junit` (one testcase per solution file) and `github` (workflow-command
//! annotations). Each renders the outcomes the harness returns, in path order.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;

use harness::check::Outcome;
use harness::Verdict;

/// The one-line story of an unexpected (or any non-AC) outcome: where it
/// failed and why. `WA on test 03-evict: call 4 `get(2)`: expected 1, got -1`.
pub fn headline(outcome: &Outcome) -> String {
    let Some(report) = &outcome.report else {
        return "not run: --fail-fast stopped the check earlier".to_string();
    };
    if report.verdict == Verdict::Accepted && report.complexity.fails_submission() {
        let first = report.complexity.messages().into_iter().next();
        return format!(
            "AC, but the complexity check fails: {}",
            first.unwrap_or_default()
        );
    }
    if report.verdict == Verdict::Accepted {
        return format!(
            "accepted, but {} was expected to get {}",
            outcome.solution.file,
            outcome.solution.expected.code()
        );
    }
    let first_line = |m: &str| m.lines().next().unwrap_or("").trim().to_string();
    match report.first_failure() {
        Some(test) => {
            let why = test.message.as_deref().map(first_line).unwrap_or_default();
            format!("{} on test {}: {why}", report.verdict.code(), test.name)
        }
        None => {
            let why = report
                .message
                .as_deref()
                .map(first_line)
                .unwrap_or_default();
            format!("{}: {why}", report.verdict.code())
        }
    }
}

/// Everything a person needs about a failure, as plain lines: the message,
/// the failing call with expected and actual output, the calls before it.
pub fn details(outcome: &Outcome) -> Vec<String> {
    let mut lines = Vec::new();
    let Some(report) = &outcome.report else {
        lines.push("not run: --fail-fast stopped the check earlier".to_string());
        return lines;
    };
    if report.verdict == Verdict::Accepted && report.complexity.fails_submission() {
        lines.push(
            "every test passed, but the complexity check fails (--complexity enforce):".into(),
        );
        lines.extend(
            report
                .complexity
                .messages()
                .into_iter()
                .map(|m| format!("  {m}")),
        );
        lines.push(format!(
            "  see the curve: judge submit {} {} --plot complexity.svg",
            report.problem, outcome.solution.file
        ));
        return lines;
    }
    if report.verdict == Verdict::Accepted {
        lines.push(format!(
            "every test passed, but judge.toml expects {}; update or remove its [[expect]] entry",
            outcome.solution.expected.code()
        ));
        return lines;
    }
    match report.first_failure() {
        Some(test) => {
            lines.push(format!("{} on test {}", report.verdict.code(), test.name));
            if let Some(message) = &test.message {
                lines.extend(message.trim_end().lines().map(|l| format!("  {l}")));
            }
            if let Some(f) = &test.failure {
                if f.omitted > 0 || !f.context.is_empty() {
                    lines.push("  preceding calls:".to_string());
                    if f.omitted > 0 {
                        lines.push(format!("    … {} earlier calls", f.omitted));
                    }
                    for (i, call) in f.context.iter().enumerate() {
                        lines.push(format!("    #{:<3} {call}", f.omitted + i + 1));
                    }
                }
                lines.push(format!("  call #{}  {}", f.call_number, f.call));
                if let Some(expected) = &f.expected {
                    lines.push(format!("  expected  {expected}"));
                }
                if let Some(actual) = &f.actual {
                    lines.push(format!("  actual    {actual}"));
                }
            }
        }
        None => {
            if let Some(message) = &report.message {
                lines.extend(message.trim_end().lines().map(str::to_string));
            }
        }
    }
    lines.push(format!(
        "  replay: judge submit {} {} --seed {}",
        report.problem, outcome.solution.file, report.seed
    ));
    lines
}

/// The verdict's code, or `--` when the solution was not run; `AC/CX` when
/// accepted but failing an enforced complexity check.
pub fn verdict_text(outcome: &Outcome) -> &'static str {
    match &outcome.report {
        Some(r) if r.verdict.is_accepted() && r.complexity.fails_submission() => "AC/CX",
        _ => outcome.verdict().map_or("--", Verdict::code),
    }
}
