//! Reporters: they consume the harness's `Event`s and `Report` and print;
//! judging itself never prints. `human` is the readable report, `json` the
//! single JSON object, `progress` the spinner on stderr while judging runs.

pub mod check;
pub mod human;
pub mod json;
pub mod progress;
pub mod run;
pub mod terminal;

use harness::complexity::ComplexityReport;
use harness::{Report, TestResult};
use serde_json::{json, Value};

/// `3/14`: accepted tests over all tests.
pub fn passed(report: &Report) -> (usize, usize) {
    let passed = report
        .tests
        .iter()
        .filter(|t| t.verdict.is_some_and(|v| v.is_accepted()))
        .count();
    (passed, report.tests.len())
}

/// What the program printed itself (its stdout; results travel apart, on
/// the result channel of docs/protocol.md).
pub fn program_output(test: &TestResult) -> String {
    let output = test.program_output.clone();
    // Only the truncation mark left: the program printed nothing itself.
    if output.trim() == "…" {
        return String::new();
    }
    output
}

/// The `complexity` object of the JSON reports (docs/check-json.md).
pub fn complexity_json(c: &ComplexityReport) -> Value {
    json!({
        "verdict": c.verdict.name(),
        "mode": c.mode.name(),
        "size": Some(&c.size).filter(|s| !s.is_empty()),
        "reason": c.reason,
        "methods": c.methods.iter().map(|m| json!({
            "name": m.name,
            "required": m.required,
            "measured": m.measured.map(|g| g.in_terms_of(&c.size)),
            "verdict": m.verdict.name(),
            "reason": m.reason,
            "points": m.points.iter().map(|(size, fuel)| json!([size, (fuel * 10.0).round() / 10.0])).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
