//! The readable report: a header (problem, file, language, how it was
//! built), one line per test (verdict, fuel, peak memory), the first failure
//! in full with what is needed to replay it, and a one-line summary.

use std::fmt::Write as _;

use harness::complexity::{thousands, ComplexityVerdict, Mode};
use harness::{Language, Report, TestResult, Verdict};

use super::terminal::escape;
use crate::style::Paint;

/// What the report needs besides the harness's `Report`.
pub struct Context<'a> {
    pub paint: Paint,
    /// The solution file as the user typed it (for the replay command).
    pub file: &'a str,
    /// Whether the user gave `--lang` (the replay command repeats it).
    pub lang_flag: Option<Language>,
}

/// The whole report, ready for stdout.
pub fn render(report: &Report, cx: &Context<'_>) -> String {
    let p = cx.paint;
    let mut out = header(report, p);

    if !report.tests.is_empty() {
        let _ = writeln!(out);
        let width = report
            .tests
            .iter()
            .map(|t| t.name.chars().count())
            .max()
            .unwrap_or(0);
        for test in &report.tests {
            let _ = writeln!(out, "{}", test_line(test, width, p));
        }
    }

    if report.build.is_none() {
        write_build_failure(&mut out, report, p);
    } else if let Some(test) = report.first_failure() {
        let _ = writeln!(out);
        write_failure(&mut out, report, test, cx);
    }

    write_complexity(&mut out, report, p);
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", summary(report, p));
    out
}

/// `problem`, `file`, `language` and how it was built, one line each.
pub fn header(report: &Report, p: Paint) -> String {
    let mut out = String::new();
    let label = |name: &str| p.dim(&format!("{name:<9}"));
    let _ = writeln!(out, "{} {}", label("problem"), p.bold(&report.problem));
    let _ = writeln!(out, "{} {}", label("file"), escape(&report.file));
    let _ = writeln!(out, "{} {}", label("language"), report.language);
    let build = match (&report.build, report.language) {
        (_, Language::Wasm) if report.build.is_some() => {
            "ready .wasm module (nothing to compile)".to_string()
        }
        (Some(b), _) if b.cached => "compiled (cached, no compiler ran)".to_string(),
        (Some(b), _) => format!("compiled in {:.2} s", b.duration.as_secs_f64()),
        (None, _) if report.verdict == Verdict::CompileError => "compile failed".to_string(),
        (None, _) => "not built".to_string(),
    };
    let _ = writeln!(out, "{} {}", label("build"), build);
    if report.cached {
        let _ = writeln!(
            out,
            "{} {}",
            label("verdict"),
            p.dim("cached verdict: this module was judged before with the same pack, seed and options (--no-cache runs the tests again)")
        );
    }
    out
}

/// CE or IE before any test ran: the message is the whole story.
pub fn write_build_failure(out: &mut String, report: &Report, p: Paint) {
    let _ = writeln!(out);
    let heading = match report.verdict {
        Verdict::CompileError => "Compile error",
        _ => "Internal error",
    };
    let _ = writeln!(out, "{}", p.red_bold(heading));
    if let Some(message) = &report.message {
        let _ = writeln!(out, "{}", indent(&escape(message.trim_end()), "  "));
    }
}

/// The complexity check, one line per method:
/// `  getMin  O(1) required  measured O(n)  fuel/call 310 → 4,960  fail`.
fn write_complexity(out: &mut String, report: &Report, p: Paint) {
    let c = &report.complexity;
    if c.methods.is_empty() {
        return;
    }
    let sizes = match (
        c.methods[0].points.first(),
        c.methods.iter().map(|m| m.points.len()).max(),
    ) {
        (Some(first), Some(_)) => {
            let last = c
                .methods
                .iter()
                .filter_map(|m| m.points.last())
                .map(|p| p.0)
                .max();
            format!(
                " ({} = {} → {})",
                c.size,
                thousands(first.0),
                thousands(last.unwrap_or(first.0))
            )
        }
        _ => String::new(),
    };
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}{sizes}  {}",
        p.bold("Complexity"),
        verdict_word(c.verdict, c.mode, p)
    );
    let name_width = c
        .methods
        .iter()
        .map(|m| m.name.chars().count())
        .max()
        .unwrap_or(0);
    let required_width = c
        .methods
        .iter()
        .map(|m| m.required.chars().count())
        .max()
        .unwrap_or(0);
    for m in &c.methods {
        let measured = m
            .measured
            .map_or("?".to_string(), |g| g.in_terms_of(&c.size));
        let curve = match (m.points.first(), m.points.last()) {
            (Some(a), Some(b)) => format!(
                "fuel/call {} → {}",
                thousands(a.1.round() as u64),
                thousands(b.1.round() as u64)
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {:<name_width$}  required {:<required_width$}  measured {:<12}  {:<28}  {}",
            m.name,
            m.required,
            measured,
            curve,
            verdict_word(m.verdict, c.mode, p)
        );
    }
    for message in c.messages() {
        let _ = writeln!(out, "  {}", p.dim(&message));
    }
}

fn verdict_word(v: ComplexityVerdict, mode: Mode, p: Paint) -> String {
    match v {
        ComplexityVerdict::Pass => p.green("pass"),
        ComplexityVerdict::Fail if mode == Mode::Enforce => p.red_bold("fail"),
        ComplexityVerdict::Fail => p.red_bold("fail (advisory)"),
        ComplexityVerdict::Inconclusive => p.dim("inconclusive"),
        ComplexityVerdict::Off => p.dim("off"),
    }
}

/// `  04-get-refreshes   WA    88.0K fuel (120.3K all)    1.1 MiB`: the
/// user's fuel, then the whole run's.
fn test_line(test: &TestResult, width: usize, p: Paint) -> String {
    let name = format!("{:<width$}", escape(&test.name));
    match test.verdict {
        None => format!("  {name}  {}", p.verdict(None, 3))
            .trim_end()
            .to_string(),
        Some(v) => format!(
            "  {name}  {}  {:>7} fuel {:>9}  {:>9}",
            p.verdict(Some(v), 3),
            fuel(test.user_fuel),
            p.dim(&format!("({} all)", fuel(test.fuel))),
            memory(test.memory_bytes)
        ),
    }
}

fn write_failure(out: &mut String, report: &Report, test: &TestResult, cx: &Context<'_>) {
    let p = cx.paint;
    let verdict = test.verdict.unwrap_or(Verdict::InternalError);
    let _ = writeln!(
        out,
        "{} {} on test {}",
        p.red_bold("First failure:"),
        p.verdict(Some(verdict), 0),
        p.bold(&escape(&test.name))
    );
    if let Some(message) = &test.message {
        let _ = writeln!(out, "{}", indent(&escape(message.trim_end()), "  "));
    }
    let label = |name: &str| p.dim(&format!("{name:<10}"));
    if let Some(f) = &test.failure {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "  {} {}",
            label(&format!("call #{}", f.call_number)),
            p.bold(&escape(&f.call))
        );
        if let Some(expected) = &f.expected {
            let _ = writeln!(
                out,
                "  {} {}",
                label("expected"),
                p.green(&escape(expected))
            );
        }
        if let Some(actual) = &f.actual {
            let _ = writeln!(out, "  {} {}", label("actual"), p.red_bold(&escape(actual)));
        }
        if !f.context.is_empty() {
            let _ = writeln!(out, "  {}", p.dim("preceding calls"));
            if f.omitted > 0 {
                let calls = if f.omitted == 1 { "call" } else { "calls" };
                let _ = writeln!(
                    out,
                    "    {}",
                    p.dim(&format!("… {} earlier {calls}", f.omitted))
                );
            }
            for (i, line) in f.context.iter().enumerate() {
                let number = f.omitted + i + 1;
                let _ = writeln!(
                    out,
                    "    {} {}",
                    p.dim(&format!("#{number:<3}")),
                    escape(line)
                );
            }
        }
    }
    let output = super::program_output(test);
    let output = output.trim_end();
    if !output.is_empty() {
        let _ = writeln!(out, "  {}", p.dim("program output"));
        let _ = writeln!(out, "{}", indent(&escape(output), "    | "));
    }
    let _ = writeln!(out);
    let lang = cx
        .lang_flag
        .map(|l| format!(" --lang {l}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  {} judge submit {} {}{lang} --seed {}",
        label("replay"),
        report.problem,
        shell_word(cx.file),
        report.seed
    );
}

/// `WA  3/14 tests passed  (first failure: 04-get-refreshes)`
fn summary(report: &Report, p: Paint) -> String {
    let verdict = p.verdict(Some(report.verdict), 0);
    if report.build.is_none() {
        let what = match report.verdict {
            Verdict::CompileError => "compile error; no tests ran",
            _ => "the judge failed before running any test",
        };
        return format!("{verdict}  {what}");
    }
    let (passed, total) = super::passed(report);
    let mut line = format!("{verdict}  {passed}/{total} tests passed");
    if let Some(test) = report.first_failure() {
        let _ = write!(line, "  (first failure: {})", escape(&test.name));
    }
    let c = &report.complexity;
    if !c.methods.is_empty() {
        let _ = write!(line, "  complexity {}", verdict_word(c.verdict, c.mode, p));
    }
    line
}

pub fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{l}").trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A file name as a shell word, quoted only when it needs to be.
fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./+,:@%=".contains(c));
    if plain {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Fuel with a unit: `950`, `12.3K`, `45.6M`, `3.00G`.
pub fn fuel(n: u64) -> String {
    let n = n as f64;
    if n < 1e3 {
        format!("{n}")
    } else if n < 1e6 {
        format!("{:.1}K", n / 1e3)
    } else if n < 1e9 {
        format!("{:.1}M", n / 1e6)
    } else {
        format!("{:.2}G", n / 1e9)
    }
}

/// Bytes as `1.5 MiB` (or KiB / B when small).
pub fn memory(bytes: u64) -> String {
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1 << 20 {
        format!("{:.1} KiB", b / 1024.0)
    } else if bytes < 1 << 30 {
        format!("{:.1} MiB", b / (1024.0 * 1024.0))
    } else {
        format!("{:.2} GiB", b / (1024.0 * 1024.0 * 1024.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(fuel(950), "950");
        assert_eq!(fuel(12_345), "12.3K");
        assert_eq!(fuel(12_345_678), "12.3M");
        assert_eq!(fuel(3_000_000_000), "3.00G");
        assert_eq!(memory(1_572_864), "1.5 MiB");
        assert_eq!(memory(2048), "2.0 KiB");
        assert_eq!(memory(10), "10 B");
    }

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(shell_word("a/lru.go"), "a/lru.go");
        assert_eq!(shell_word("my lru.go"), "'my lru.go'");
    }
}
