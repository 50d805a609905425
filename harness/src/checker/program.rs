//! Checker programs: a pack's own checker, shipped as source (C, C++, Rust
//! or Go), compiled with the judge's toolchains and run in the sandbox like
//! a solution. Two protocols: Kattis output validators (argv `input answer
//! feedback_dir [flags]`, the output on stdin, exit 42 accept / 43 reject,
//! `judgemessage.txt`) and testlib checkers (argv `input output answer`,
//! exit 0 ok / 1 wrong answer / 2 presentation error / 3 fail, message on
//! stderr). This module builds what a run sees and reads a verdict from how
//! it ended; it trusts nothing else the program does.

use std::sync::Arc;

use sandbox::{DirAccess, GuestDir, GuestFiles, Limits, Outcome, RunEnd};
use serde_json::Value;

use crate::language::Language;

/// Where the checker finds its files.
pub const DATA_DIR: &str = "/judge";
/// The Kattis feedback directory.
pub const FEEDBACK_DIR: &str = "/feedback";
/// What the feedback directory may hold.
const FEEDBACK_FILES: usize = 16;
const FEEDBACK_BYTES: u64 = 1 << 20;
/// The longest message a checker's words become.
pub const MESSAGE_CHARS: usize = 1000;

/// Which protocol a checker program speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interface {
    Kattis,
    Testlib,
}

impl Interface {
    pub fn parse(name: &str) -> Option<Interface> {
        match name {
            "kattis" => Some(Interface::Kattis),
            "testlib" => Some(Interface::Testlib),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Interface::Kattis => "kattis",
            Interface::Testlib => "testlib",
        }
    }
}

/// A checker (or input validator) program declared by a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckerProgram {
    /// Path in the pack (`checker/check.cpp`).
    pub path: String,
    pub language: Language,
    /// Empty until the pack loader reads it (a summary load never does).
    pub bytes: Vec<u8>,
    /// Headers beside the source (`validate.h`), compiled with it.
    pub headers: Vec<(String, Vec<u8>)>,
    pub interface: Interface,
    /// Kattis `validator_flags`, appended to argv.
    pub flags: Vec<String>,
    pub fuel: u64,
    pub memory_mib: u64,
}

/// Default limits of a checker run: generous for a trusted program, small
/// enough that a looping one is a judge error within seconds.
pub const DEFAULT_FUEL: u64 = 5_000_000_000;
pub const DEFAULT_MEMORY_MIB: u64 = 1024;

/// A program's `fuel` and `memory_mib` as written (each optional), checked
/// against sane ranges; `role` names the section in errors (`checker`).
pub fn limits_from_raw(
    fuel: &Option<toml::Spanned<i64>>,
    memory_mib: &Option<toml::Spanned<i64>>,
    role: &str,
) -> Result<(u64, u64), String> {
    let limit = |value: &Option<toml::Spanned<i64>>, name: &str, default: u64, hi: i64| match value
        .as_ref()
        .map(|v| *v.get_ref())
    {
        None => Ok(default),
        Some(v) if (1..=hi).contains(&v) => Ok(v as u64),
        Some(v) => Err(format!("{role} {name} = {v} is outside 1..={hi}")),
    };
    Ok((
        limit(fuel, "fuel", DEFAULT_FUEL, 100_000_000_000)?,
        limit(memory_mib, "memory_mib", DEFAULT_MEMORY_MIB, 2048)?,
    ))
}

/// What a checker decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Accepted,
    /// A wrong answer, with the checker's message (escaped, capped).
    Rejected(String),
    /// The checker itself failed: the judge's error, never the user's.
    Failed(String),
}

/// One check: the test's input, its answer and the output to judge.
pub struct CheckFiles {
    pub input: Arc<[u8]>,
    pub answer: Arc<[u8]>,
    pub output: Arc<[u8]>,
}

/// Caps on what a checker prints (its verdict is its exit code).
pub const PRINT_BYTES: u64 = 1 << 20;

impl CheckerProgram {
    /// The sandbox limits of one run of this program: its own fuel and
    /// memory, `stdout_bytes` of stdout and [`PRINT_BYTES`] of stderr.
    pub fn limits(&self, stdout_bytes: u64) -> Limits {
        Limits {
            fuel: self.fuel,
            memory_bytes: self.memory_mib << 20,
            stdout_bytes,
            stderr_bytes: PRINT_BYTES,
            ..Limits::default()
        }
    }

    /// The argv and directories of one run: `/judge/input`, `/judge/answer`
    /// and `/judge/output` read-only, `/feedback/` writable.
    pub fn guest_files(&self, files: &CheckFiles) -> GuestFiles {
        let path = |name: &str| format!("{DATA_DIR}/{name}");
        let args = match self.interface {
            Interface::Kattis => {
                let mut args = vec![path("input"), path("answer"), format!("{FEEDBACK_DIR}/")];
                args.extend(self.flags.iter().cloned());
                args
            }
            Interface::Testlib => vec![path("input"), path("output"), path("answer")],
        };
        GuestFiles {
            args,
            dirs: vec![
                GuestDir {
                    path: DATA_DIR.into(),
                    access: DirAccess::ReadOnly(vec![
                        ("input".into(), files.input.clone()),
                        ("answer".into(), files.answer.clone()),
                        ("output".into(), files.output.clone()),
                    ]),
                },
                GuestDir {
                    path: FEEDBACK_DIR.into(),
                    access: DirAccess::Writable {
                        max_files: FEEDBACK_FILES,
                        max_bytes: FEEDBACK_BYTES,
                    },
                },
            ],
        }
    }

    /// The checker's decision from how its run ended.
    pub fn decide(&self, outcome: &Outcome) -> Decision {
        self.decide_as(outcome, "checker program")
    }

    /// [`Self::decide`] for a program in another `role` (`interactor
    /// program`), which failure messages name.
    pub fn decide_as(&self, outcome: &Outcome, role: &str) -> Decision {
        let failed = |why: String| {
            let stderr = escape_message(&outcome.stderr);
            Decision::Failed(if stderr.is_empty() {
                format!("the {role} {} {why}", self.path)
            } else {
                format!("the {role} {} {why}: {stderr}", self.path)
            })
        };
        let code = match &outcome.end {
            RunEnd::Exited(code) => *code,
            RunEnd::OutOfFuel => {
                return failed(format!(
                    "used all its {} fuel (an endless loop?)",
                    self.fuel
                ))
            }
            RunEnd::MemoryLimit => {
                return failed(format!(
                    "needed more than its {} MiB of memory",
                    self.memory_mib
                ))
            }
            RunEnd::OutputLimit => {
                return failed(format!(
                    "wrote more than its output limit (at most {FEEDBACK_BYTES} bytes of feedback in {FEEDBACK_FILES} files, and a cap on what it prints)"
                ))
            }
            other => return failed(format!("crashed: {other}")),
        };
        match (self.interface, code) {
            (Interface::Kattis, 42) => Decision::Accepted,
            (Interface::Kattis, 43) => {
                let message = outcome
                    .written
                    .iter()
                    .find(|f| f.path == format!("{FEEDBACK_DIR}/judgemessage.txt"))
                    .map(|f| escape_message(&f.bytes))
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| "the checker rejected the output".into());
                Decision::Rejected(message)
            }
            (Interface::Kattis, code) => failed(format!(
                "exited with code {code} (a Kattis output validator exits 42 to accept or 43 to reject)"
            )),
            (Interface::Testlib, 0) => Decision::Accepted,
            (Interface::Testlib, 1 | 2 | 4 | 7 | 8) => {
                let message = escape_message(&outcome.stderr);
                Decision::Rejected(if message.is_empty() {
                    "the checker rejected the output".into()
                } else {
                    message
                })
            }
            (Interface::Testlib, 3) => failed("failed (testlib `_fail`)".into()),
            (Interface::Testlib, code) => failed(format!(
                "exited with code {code} (testlib checkers exit 0 ok, 1 wrong answer, 2 presentation error, 3 fail)"
            )),
        }
    }
}

/// A checker's text as a message: lossy UTF-8, control characters other
/// than line breaks and tabs escaped, at most [`MESSAGE_CHARS`] characters.
pub fn escape_message(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    for (count, c) in text.trim().chars().enumerate() {
        if count == MESSAGE_CHARS {
            out.push_str(" [...]");
            break;
        }
        match c {
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    out
}

/// A class or function test as a checker program reads it: the calls one
/// JSON object per line (`{"method":"get","args":[3]}`), and results one
/// JSON value per line.
pub fn calls_as_lines<'a>(calls: impl Iterator<Item = (&'a str, &'a [Value])>) -> Vec<u8> {
    let mut out = Vec::new();
    for (method, args) in calls {
        let line = serde_json::json!({ "method": method, "args": args });
        out.extend_from_slice(line.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

/// Results, one JSON value per line.
pub fn values_as_lines(values: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for value in values {
        out.extend_from_slice(value.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_escaped_and_capped() {
        assert_eq!(
            escape_message(b"  wrong\x1b[31m sum\n"),
            "wrong\\u{1b}[31m sum"
        );
        let long = vec![b'x'; 5000];
        let message = escape_message(&long);
        assert!(message.ends_with(" [...]"));
        assert_eq!(message.chars().count(), MESSAGE_CHARS + 6);
        assert_eq!(escape_message(b"\xff ok"), "\u{fffd} ok");
    }

    #[test]
    fn calls_and_values_are_json_lines() {
        let args = [serde_json::json!(3)];
        let lines = calls_as_lines([("get", &args[..])].into_iter());
        assert_eq!(lines, b"{\"args\":[3],\"method\":\"get\"}\n");
        assert_eq!(
            values_as_lines(&[serde_json::json!([1, 2]), Value::Null]),
            b"[1,2]\nnull\n"
        );
    }
}
