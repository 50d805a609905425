//! `judge check --format human`: a line per solution as soon as it (and all
//! before it) is judged, in path order; then counts per verdict; then every
//! unexpected result in detail; then a one-line verdict on the whole check.

use std::fmt::Write as _;

use harness::check::{Outcome, Solution, Summary};
use harness::Verdict;

use crate::report::human::fuel;
use crate::report::terminal::escape;
use crate::style::Paint;

/// Column widths, from the solutions before any is judged.
#[derive(Debug, Clone, Copy)]
pub struct Widths {
    file: usize,
    problem: usize,
}

impl Widths {
    pub fn of(solutions: &[Solution]) -> Widths {
        Widths {
            file: solutions
                .iter()
                .map(|s| s.file.chars().count())
                .max()
                .unwrap_or(0),
            problem: solutions
                .iter()
                .map(|s| s.problem.chars().count())
                .max()
                .unwrap_or(0),
        }
    }
}

/// `ok    AC   expected AC   lru-cache/alice.go  lru-cache  0.42 s  3.1M fuel`
pub fn line(outcome: &Outcome, widths: Widths, p: Paint) -> String {
    let mark = match outcome.as_expected() {
        Some(true) => p.green("ok  "),
        Some(false) => p.red_bold("FAIL"),
        None => p.dim("skip"),
    };
    let s = &outcome.solution;
    let mut text = format!(
        "{mark}  {}  {}  {:<fw$}  {:<pw$}",
        p.verdict(outcome.verdict(), 3),
        p.dim(&format!("expected {:<3}", s.expected.code())),
        escape(&s.file),
        s.problem,
        fw = widths.file,
        pw = widths.problem,
    );
    if outcome.report.is_some() {
        let cache = match outcome.compiled_from_cache() {
            _ if outcome.verdict_cached() => "  (cached verdict)",
            Some(true) => "  (cached)",
            _ => "",
        };
        let _ = write!(
            text,
            "  {:>7}  {:>6} fuel{cache}",
            format!("{:.2} s", outcome.wall.as_secs_f64()),
            fuel(outcome.fuel())
        );
    }
    text.trim_end().to_string()
}

/// Everything after the per-solution lines.
pub fn footer(outcomes: &[Outcome], p: Paint) -> String {
    let summary = Summary::of(outcomes);
    let mut out = String::new();
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", counts(&summary));
    let unexpected: Vec<&Outcome> = outcomes.iter().filter(|o| o.is_unexpected()).collect();
    for outcome in &unexpected {
        let s = &outcome.solution;
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{} {} ({}, {}): got {}, expected {}",
            p.red_bold("FAIL"),
            p.bold(&escape(&s.file)),
            s.problem,
            s.language,
            super::verdict_text(outcome),
            s.expected.code()
        );
        for line in super::details(outcome) {
            let _ = writeln!(out, "  {}", escape(&line));
        }
    }
    let _ = writeln!(out);
    let verdict = if summary.total == 0 {
        p.yellow("no solutions found")
    } else if summary.passed() {
        p.green(&format!(
            "ok: all {} solutions got their expected verdict",
            summary.total
        ))
    } else {
        let mut text = format!(
            "FAILED: {} of {} solutions got an unexpected verdict",
            summary.unexpected, summary.total
        );
        if summary.not_run > 0 {
            let _ = write!(text, ", {} not run (--fail-fast)", summary.not_run);
        }
        p.red_bold(&text)
    };
    let _ = writeln!(out, "{verdict}");
    out
}

/// `9 solutions: 5 AC, 2 WA, 1 TLE, 1 CE; 7 as expected, 2 unexpected`
pub fn counts(summary: &Summary) -> String {
    let solutions = if summary.total == 1 {
        "solution"
    } else {
        "solutions"
    };
    let mut text = format!("{} {solutions}", summary.total);
    let per: Vec<String> = Verdict::ALL
        .iter()
        .filter_map(|v| summary.verdicts.get(v).map(|n| format!("{n} {}", v.code())))
        .collect();
    if !per.is_empty() {
        let _ = write!(text, ": {}", per.join(", "));
    }
    let _ = write!(
        text,
        "; {} as expected, {} unexpected",
        summary.expected, summary.unexpected
    );
    if summary.not_run > 0 {
        let _ = write!(text, ", {} not run", summary.not_run);
    }
    text
}
