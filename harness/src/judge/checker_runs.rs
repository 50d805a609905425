//! Running a pack's own programs beside a submission: its checker program
//! on each test (built once per judge, compiled through the same cache as
//! references) and its input validator on each test input. A program that
//! does not build or does not give a verdict is the judge's error, named.

use std::sync::Arc;

use sandbox::{GuestFiles, Program, RunEnd, RunRequest};
use serde_json::Value;

use super::{test_seed, Judge, Submission};
use crate::checker::program::{escape_message, CheckFiles, CheckerProgram, Decision, PRINT_BYTES};
use crate::driver::SourceFile;
use crate::language::Language;
use crate::pack::Pack;
use crate::signature::Signature;
use crate::vectors::Call;
use crate::verdict::Verdict;

/// testlib's API for C++ checkers, compiled beside them as `testlib.h`
/// unless the pack ships its own.
const TESTLIB_H: &str = include_str!("../checker/testlib.h");

impl Judge {
    /// The checker or validator program, built (or from this judge's
    /// memory, or the compile cache).
    pub(super) fn built_program(
        &self,
        pack: &Pack,
        program: &CheckerProgram,
    ) -> Result<Program, String> {
        let key = format!("{}\n{}", pack.content_hash, program.path);
        if let Some(found) = self.checkers.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(found);
        }
        let mut extra: Vec<SourceFile> = program
            .headers
            .iter()
            .map(|(name, bytes)| SourceFile {
                name: name.clone(),
                contents: bytes.clone(),
            })
            .collect();
        if program.language == Language::Cpp {
            extra.push(SourceFile {
                name: "testlib.h".into(),
                contents: TESTLIB_H.as_bytes().to_vec(),
            });
        }
        let submission = Submission::of_pack_file(&program.path, program.language, &program.bytes);
        let built = self
            .wasm_of(pack, &Signature::Stdio, &submission, false, &extra)
            .and_then(|(wasm, _)| self.load(&wasm, program.language))
            .map_err(|f| {
                format!(
                    "the pack's program {} does not build: {}",
                    program.path, f.message
                )
            })?;
        if let Ok(mut map) = self.checkers.lock() {
            map.insert(key, built.clone());
        }
        Ok(built)
    }

    /// Runs `program` with `files` and `stdin` under its own limits.
    fn run_program(
        &self,
        pack: &Pack,
        program: &CheckerProgram,
        stdin: &[u8],
        files: &GuestFiles,
        seed: u64,
    ) -> Result<sandbox::Outcome, String> {
        let built = self.built_program(pack, program)?;
        Ok(built.run_with(
            &RunRequest {
                stdin,
                seed,
                limits: program.limits(PRINT_BYTES),
            },
            files,
        ))
    }

    /// Asks the pack's checker program about one test's output: the
    /// contestant's output on stdin (Kattis) and as a file (both).
    pub fn run_checker(
        &self,
        pack: &Pack,
        program: &CheckerProgram,
        files: &CheckFiles,
        test_name: &str,
    ) -> Decision {
        let seed = test_seed(self.options.seed, &format!("checker:{test_name}"));
        match self.run_program(
            pack,
            program,
            &files.output,
            &program.guest_files(files),
            seed,
        ) {
            Ok(outcome) => program.decide(&outcome),
            Err(message) => Decision::Failed(message),
        }
    }

    /// The checker's verdict on a stdio test, as a check result.
    pub(super) fn check_stdio_with_program(
        &self,
        pack: &Pack,
        program: &CheckerProgram,
        input: &[u8],
        answer: &[u8],
        output: &[u8],
        test_name: &str,
    ) -> Result<(), (Verdict, String)> {
        let files = CheckFiles {
            input: Arc::from(input),
            answer: Arc::from(answer),
            output: Arc::from(output),
        };
        as_check(self.run_checker(pack, program, &files, test_name))
    }

    /// The checker's verdict on a class or function test: the calls, the
    /// expected (reference) results and the user's, as JSON lines.
    pub(super) fn check_calls_with_program(
        &self,
        pack: &Pack,
        program: &CheckerProgram,
        calls: &[Call],
        expected: &[Value],
        actual: &[Value],
        test_name: &str,
    ) -> Result<(), (Verdict, String)> {
        use crate::checker::program::{calls_as_lines, values_as_lines};
        let files = CheckFiles {
            input: Arc::from(calls_as_lines(
                calls.iter().map(|c| (c.method.as_str(), &c.args[..])),
            )),
            answer: Arc::from(values_as_lines(expected)),
            output: Arc::from(values_as_lines(actual)),
        };
        as_check(self.run_checker(pack, program, &files, test_name))
    }

    /// Runs the pack's input validator on one test input (Kattis: exit 42
    /// valid, 43 invalid); `Failed` when the validator itself broke.
    pub fn validate_input(
        &self,
        pack: &Pack,
        validator: &CheckerProgram,
        input: &[u8],
        test_name: &str,
    ) -> Decision {
        let files = GuestFiles {
            args: validator.flags.clone(),
            dirs: Vec::new(),
        };
        let seed = test_seed(self.options.seed, &format!("validator:{test_name}"));
        let outcome = match self.run_program(pack, validator, input, &files, seed) {
            Ok(outcome) => outcome,
            Err(message) => return Decision::Failed(message),
        };
        let said = || {
            let text = [&outcome.stdout[..], &outcome.stderr[..]].concat();
            escape_message(&text)
        };
        match outcome.end {
            RunEnd::Exited(42) => Decision::Accepted,
            RunEnd::Exited(43) => Decision::Rejected(match said() {
                m if m.is_empty() => "the input validator rejected it".into(),
                m => m,
            }),
            end => Decision::Failed(format!(
                "the input validator {} did not decide ({end}; it must exit 42 for a valid input or 43 for an invalid one){}",
                validator.path,
                match said() {
                    m if m.is_empty() => String::new(),
                    m => format!(": {m}"),
                }
            )),
        }
    }
}

/// A decision as a test check: a rejection is the user's wrong answer, a
/// failure the judge's error.
fn as_check(decision: Decision) -> Result<(), (Verdict, String)> {
    match decision {
        Decision::Accepted => Ok(()),
        Decision::Rejected(message) => Err((Verdict::WrongAnswer, message)),
        Decision::Failed(message) => Err((Verdict::InternalError, message)),
    }
}
