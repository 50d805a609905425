//! `judge check --format json`: one JSON object for the whole check. The
//! schema (`"schema": "judge-check/1"`) is documented in docs/check-json.md;
//! fields are only ever added within a schema version.

use harness::check::{Outcome, Shard, Summary, Warning};
use harness::Verdict;
use serde_json::{json, Map, Value};

/// The schema's name and version.
pub const SCHEMA: &str = "judge-check/1";

pub struct Context<'a> {
    pub root: &'a str,
    pub shard: Shard,
    pub seed: u64,
    pub warnings: &'a [Warning],
}

pub fn render(outcomes: &[Outcome], cx: &Context<'_>) -> Value {
    let summary = Summary::of(outcomes);
    let mut verdicts = Map::new();
    for v in Verdict::ALL {
        if let Some(n) = summary.verdicts.get(&v) {
            verdicts.insert(v.code().to_string(), json!(n));
        }
    }
    json!({
        "schema": SCHEMA,
        "root": cx.root,
        "shard": cx.shard.to_string(),
        "seed": cx.seed,
        "passed": summary.passed(),
        "summary": {
            "total": summary.total,
            "as_expected": summary.expected,
            "unexpected": summary.unexpected,
            "not_run": summary.not_run,
            "verdicts": verdicts,
        },
        "warnings": cx.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
        "solutions": outcomes.iter().map(solution).collect::<Vec<_>>(),
    })
}

fn solution(o: &Outcome) -> Value {
    let s = &o.solution;
    let report = o.report.as_ref();
    let (passed, total) = report.map_or((0, 0), crate::report::passed);
    let first_failure = report.and_then(|r| r.first_failure()).map(|t| {
        json!({
            "test": t.name,
            "verdict": t.verdict.map(|v| v.code()),
            "message": t.message,
            "call_number": t.failure.as_ref().map(|f| f.call_number),
            "call": t.failure.as_ref().map(|f| f.call.clone()),
            "expected": t.failure.as_ref().and_then(|f| f.expected.clone()),
            "actual": t.failure.as_ref().and_then(|f| f.actual.clone()),
            "seed": t.seed,
        })
    });
    let status = match o.as_expected() {
        Some(true) => "pass",
        Some(false) => "fail",
        None => "not_run",
    };
    json!({
        "path": s.path,
        "file": s.file,
        "problem": s.problem,
        "language": s.language.name(),
        "expected": s.expected.code(),
        "verdict": o.verdict().map(|v| v.code()),
        "status": status,
        "compiled_from_cache": o.compiled_from_cache(),
        "cached": o.verdict_cached(),
        "wall_ms": report.map(|_| o.wall.as_millis() as u64),
        "fuel": o.fuel(),
        "memory_bytes": o.memory_bytes(),
        "tests_passed": passed,
        "tests_total": total,
        "message": report.and_then(|r| r.message.clone()),
        "line": report.map(|_| o.line()),
        "first_failure": first_failure,
        "complexity": report.map(|r| crate::report::complexity_json(&r.complexity)),
    })
}
