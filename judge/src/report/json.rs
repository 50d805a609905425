//! `--format json`: the report as exactly one JSON object on stdout, for
//! scripts and CI. Field names are part of the contract (DESIGN.md).

use harness::judge::Failure;
use harness::{Report, TestResult};
use serde_json::{json, Value};

pub fn render(report: &Report) -> Value {
    let (passed, total) = super::passed(report);
    json!({
        "problem": report.problem,
        "file": report.file,
        "language": report.language.name(),
        "verdict": report.verdict.code(),
        "message": report.message,
        "seed": report.seed,
        "compiled_from_cache": report.build.as_ref().map(|b| b.cached),
        "compile_ms": report.build.as_ref().map(|b| b.duration.as_millis() as u64),
        "cached": report.cached,
        "passed": passed,
        "total": total,
        "first_failure": report.first_failure().map(|t| t.name.clone()),
        "limits": {
            "fuel": report.limits.fuel,
            "user_fuel": report.user_fuel_limit,
            "memory_mib": report.limits.memory_mib,
            "output_kib": report.limits.output_kib,
        },
        "tests": report.tests.iter().map(test).collect::<Vec<_>>(),
        "complexity": super::complexity_json(&report.complexity),
        "passed_all": report.passed(),
    })
}

fn test(t: &TestResult) -> Value {
    let ran = t.verdict.is_some();
    json!({
        "name": t.name,
        "verdict": t.verdict.map(|v| v.code()),
        "fuel": t.fuel,
        "user_fuel": t.user_fuel,
        "memory_bytes": t.memory_bytes,
        "wall_ms": ran.then_some(t.wall.as_millis() as u64),
        "seed": ran.then_some(t.seed),
        "message": t.message,
        "failure": t.failure.as_ref().map(failure),
        "program_output": Some(super::program_output(t)).filter(|o| !o.is_empty()),
    })
}

fn failure(f: &Failure) -> Value {
    json!({
        "call_number": f.call_number,
        "call": f.call,
        "expected": f.expected,
        "actual": f.actual,
        "context": f.context,
        "omitted": f.omitted,
    })
}
