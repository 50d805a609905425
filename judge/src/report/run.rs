//! The report of `judge run`, shaped like LeetCode's Run panel: per case its
//! input, the solution's output, the expected output (from the reference)
//! and what the program printed, then how many cases matched.

use std::fmt::Write as _;

use harness::run_cases::{input_text, RunReport};
use harness::signature::Signature;
use harness::vectors::{truncate, Call, TestBody};
use harness::{Answers, TestResult};
use serde_json::Value;

use super::human::{header, indent, write_build_failure};
use super::program_output;
use super::terminal::escape;
use crate::style::Paint;

/// The longest value shown whole; longer ones end in `…`.
const SHOWN: usize = 400;

/// The whole report, ready for stdout.
pub fn render(run: &RunReport, signature: &Signature, p: Paint) -> String {
    let report = &run.report;
    let mut out = header(report, p);
    if report.build.is_none() {
        write_build_failure(&mut out, report, p);
        return out;
    }
    for (case, result) in run.cases.iter().zip(&report.tests) {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}  {}",
            p.bold(&escape(&case.name)),
            p.verdict(result.verdict, 0)
        );
        write_case(&mut out, &case.body, result, signature, p);
        if let Some(message) = result.message.as_deref().filter(|_| !accepted(result)) {
            let _ = writeln!(out, "{}", indent(&escape(message.trim_end()), "  "));
        }
        let printed = program_output(result);
        if !printed.trim().is_empty() {
            let _ = writeln!(out, "  {}", p.dim("Stdout"));
            let _ = writeln!(out, "{}", indent(&escape(printed.trim_end()), "    "));
        }
    }
    let matched = report.tests.iter().filter(|t| accepted(t)).count();
    let total = report.tests.len();
    let _ = writeln!(out);
    let text = format!(
        "{matched} of {total} case{} accepted",
        if total == 1 { "" } else { "s" }
    );
    let summary = if matched == total {
        p.green(&text)
    } else {
        p.red_bold(&text)
    };
    let _ = writeln!(out, "{summary}");
    out
}

fn accepted(result: &TestResult) -> bool {
    result.verdict.is_some_and(|v| v.is_accepted())
}

/// Input, output and expected output of one case.
fn write_case(out: &mut String, body: &TestBody, result: &TestResult, sig: &Signature, p: Paint) {
    let label = |name: &str| p.dim(&format!("{name:<9}"));
    let mut line = |name: &str, text: &str| {
        let text = escape(text);
        let mut lines = text.lines();
        let _ = writeln!(out, "  {} {}", label(name), lines.next().unwrap_or(""));
        for rest in lines {
            let _ = writeln!(out, "  {:<9} {rest}", "");
        }
    };
    match body {
        TestBody::Calls { calls, expected } => {
            let expected = expected.as_deref().unwrap_or(&[]);
            let answers = match &result.answers {
                Some(Answers::Calls(values)) => values.as_slice(),
                _ => &[],
            };
            if matches!(sig, Signature::Class { .. }) {
                line("Input", &class_input(calls));
                line("Output", &shown(&Value::Array(answers.to_vec())));
                line("Expected", &shown(&Value::Array(expected.to_vec())));
                return;
            }
            for (index, call) in calls.iter().enumerate() {
                line("Input", &truncate(&input_text(sig, call), SHOWN));
                line("Output", &answers.get(index).map_or("-".into(), shown));
                line("Expected", &expected.get(index).map_or("-".into(), shown));
            }
        }
        TestBody::Concurrent(test) => {
            for (index, thread) in test.threads.iter().enumerate() {
                line(&format!("Thread {index}"), &class_input(thread));
            }
        }
        TestBody::Stdio { input, answer } => {
            let stdout = match &result.answers {
                Some(Answers::Stdout(bytes)) => bytes.as_slice(),
                _ => &[],
            };
            line("Input", &stdio_text(input));
            line("Output", &stdio_text(stdout));
            line("Expected", &stdio_text(answer));
        }
    }
}

/// A class case as LeetCode shows it: method names, then argument lists.
fn class_input(calls: &[Call]) -> String {
    let names: Vec<Value> = calls
        .iter()
        .map(|c| Value::String(c.method.clone()))
        .collect();
    let args: Vec<Value> = calls.iter().map(|c| Value::Array(c.args.clone())).collect();
    format!(
        "{}\n{}",
        shown(&Value::Array(names)),
        shown(&Value::Array(args))
    )
}

fn shown(value: &Value) -> String {
    truncate(&value.to_string(), SHOWN)
}

fn stdio_text(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    truncate(text.trim_end(), SHOWN * 4)
}
