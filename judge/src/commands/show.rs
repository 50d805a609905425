//! `judge show <problem>`: what a person needs before writing a solution:
//! the statement, how the solution must be declared in each offered
//! language (as the generated driver calls it), the limits and the checker
//! (or the interactor of an interactive problem).

use std::io::Write;

use harness::checker::Checker;
use harness::driver;
use harness::Pack;

use crate::commands::{find, Global};
use crate::exit::{CliError, Status};
use crate::style::{stdout_color, Paint};

pub fn run(global: &Global, problem: &str) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let pack = find(&registry, problem)?;
    let paint = Paint::new(stdout_color());
    let mut out = std::io::stdout().lock();
    let mut title = format!("{}  ({}, {})", pack.title, pack.id, pack.difficulty.name());
    if let Some(number) = pack.leetcode {
        title.push_str(&format!("  LeetCode {number}"));
    }
    writeln!(out, "{}", paint.bold(&title))?;
    if !pack.tags.is_empty() {
        writeln!(
            out,
            "{}",
            paint.dim(&format!("tags: {}", pack.tags.join(", ")))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", pack.statement.trim_end())?;
    writeln!(out)?;

    writeln!(out, "{}", paint.bold("Signature"))?;
    for &lang in &pack.languages {
        writeln!(out)?;
        writeln!(out, "  {}", paint.yellow(lang.name()))?;
        match driver::expected_api(lang, &pack.signature) {
            Ok(api) => {
                for line in api.trim_end().lines() {
                    writeln!(out, "{}", format!("    {line}").trim_end())?;
                }
            }
            Err(e) => writeln!(out, "    (not available: {e})")?,
        }
    }
    writeln!(out)?;

    writeln!(out, "{}", paint.bold("Limits (per test)"))?;
    writeln!(
        out,
        "  fuel    {} WebAssembly instructions ({})",
        group_digits(pack.limits.fuel),
        crate::report::human::fuel(pack.limits.fuel)
    )?;
    writeln!(out, "  memory  {} MiB", pack.limits.memory_mib)?;
    writeln!(out, "  output  {} KiB", pack.limits.output_kib)?;
    if pack.limits.stack_mib != harness::pack::DEFAULT_STACK_MIB {
        writeln!(
            out,
            "  stack   {} MiB for local arrays in C, C++ and Rust (part of memory)",
            pack.limits.stack_mib
        )?;
    }
    writeln!(out)?;
    match &pack.interactor {
        Some(interactor) => {
            writeln!(out, "{}", paint.bold("Interactor"))?;
            writeln!(
                out,
                "  the pack's own {} interactor `{}` talks to your program through its stdin and\n  stdout and decides each test (Kattis protocol); it has its own limits\n  ({} fuel, {} MiB). Your stdout is a pipe: flush after each line you write.",
                interactor.language.name(),
                interactor.path,
                crate::report::human::fuel(interactor.fuel),
                interactor.memory_mib
            )?;
        }
        None => {
            writeln!(out, "{}", paint.bold("Checker"))?;
            writeln!(out, "  {}", describe_checker(&pack.checker))?;
        }
    }
    for group in &pack.test_groups {
        writeln!(
            out,
            "  tests `{}*` are judged with their own validator flags",
            group.prefix
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", paint.bold("Tests"))?;
    writeln!(
        out,
        "  {} hand-written, {} generated",
        pack.written_tests,
        pack.generated.len()
    )?;
    write_starter_hint(&mut out, pack)?;
    Ok(Status::Success)
}

fn write_starter_hint(out: &mut impl Write, pack: &Pack) -> std::io::Result<()> {
    if let Some(lang) = pack.starters.keys().next() {
        writeln!(out)?;
        writeln!(
            out,
            "Start with: judge init {} --lang {}",
            pack.id,
            lang.name()
        )?;
    }
    Ok(())
}

/// A checker as a sentence.
fn describe_checker(checker: &Checker) -> String {
    match checker {
        Checker::Exact => "exact: every result must equal the expected one".into(),
        Checker::Tokens { case_sensitive } => format!(
            "tokens: whitespace-separated tokens must match{}",
            if *case_sensitive {
                ""
            } else {
                " (ignoring case)"
            }
        ),
        Checker::Float { tolerance } => {
            format!("float: numbers may differ by {tolerance} (absolute or relative)")
        }
        Checker::Unordered {
            rows_unordered: false,
        } => "unordered: array results may be in any order".into(),
        Checker::Unordered {
            rows_unordered: true,
        } => "unordered: array results may be in any order, and the values within each row too"
            .into(),
        Checker::RandomizedSet => "randomized-set: getRandom results must be members of the set and uniformly distributed (statistical test)".into(),
        Checker::Kattis(flags) => format!(
            "kattis: as Kattis' default output validator ({})",
            flags.describe()
        ),
        Checker::Program(program) => format!(
            "program: the pack's own {} checker `{}` ({} interface) decides",
            program.language.name(),
            program.path,
            match program.interface {
                harness::checker::program::Interface::Kattis => "Kattis output validator",
                harness::checker::program::Interface::Testlib => "testlib",
            }
        ),
        Checker::Linearizable(model) => format!(
            "linearizable: every explored interleaving must match some sequential order of the same calls on a {} (docs/concurrency.md)",
            model.name()
        ),
    }
}

/// `3000000000` as `3_000_000_000`.
fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn groups_digits() {
        assert_eq!(super::group_digits(3_000_000_000), "3_000_000_000");
        assert_eq!(super::group_digits(999), "999");
        assert_eq!(super::group_digits(1000), "1_000");
    }
}
