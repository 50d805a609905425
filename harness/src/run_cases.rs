//! `judge run`, LeetCode's "Run" button: a solution against a few cases the
//! user writes (in the example format `tests/*.txt` takes) or the problem's
//! own examples, each case's expected answer computed by the pack's
//! reference solution. No hidden tests, no complexity series: a quick check
//! while practising. Judging itself is the ordinary [`Judge`]'s, so a case's
//! verdict means exactly what it means in `judge submit`.

use crate::complexity::Mode;
use crate::concurrent::ConcurrentTest;
use crate::judge::{Judge, JudgeError, JudgeOptions, Report, Submission};
use crate::language::Language;
use crate::pack::{Kind, Pack};
use crate::signature::{Signature, Type};
use crate::vectors::{self, Call, TestBody, TestCase};
use crate::Event;

/// The most bytes of custom cases read (they are typed by hand).
pub const CASES_CAP: u64 = 1 << 20;

/// Why the cases cannot be run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The case text does not parse against the problem's signature.
    #[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    BadCase {
        file: String,
        line: Option<usize>,
        message: String,
    },
    /// The problem has no examples to run and no case was given.
    #[error("`{0}` has no example tests; pass a case file (or `-` for stdin)")]
    NoExamples(String),
    /// The reference solution cannot answer a case (often: the case breaks
    /// the problem's constraints).
    #[error("cannot compute the expected answer of {case}: {message}\n(is the case within the problem's constraints?)")]
    Reference { case: String, message: String },
    #[error("cannot start the sandbox: {0}")]
    Sandbox(#[from] JudgeError),
}

/// A case before its expected answer is known.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseInput {
    /// Calls of a class or function problem.
    Calls(Vec<Call>),
    /// A stdio program's stdin.
    Stdio(Vec<u8>),
    /// Threads of calls of a concurrent problem (checked for
    /// linearizability: no reference answer needed).
    Concurrent(ConcurrentTest),
}

/// Parses the user's case text. A class problem takes one case (the two
/// JSON lists); a function problem one call per `Input:` line. A pasted
/// `Output` is accepted and ignored: the reference decides what is right.
pub fn parse(pack: &Pack, file: &str, bytes: &[u8]) -> Result<CaseInput, RunError> {
    if pack.kind == Kind::Stdio {
        return Ok(CaseInput::Stdio(bytes.to_vec()));
    }
    let bad = |line: Option<usize>, message: String| RunError::BadCase {
        file: file.to_string(),
        line,
        message,
    };
    let text = std::str::from_utf8(bytes).map_err(|_| bad(None, "not UTF-8 text".into()))?;
    if pack.kind == Kind::Concurrent {
        return ConcurrentTest::parse(text, &pack.signature)
            .map(CaseInput::Concurrent)
            .map_err(|(line, message)| bad(line, message));
    }
    let has_output = text.lines().any(|l| {
        l.trim_start()
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case("output"))
    });
    let calls = if has_output {
        vectors::parse_test(text, &pack.signature).map(|(calls, _)| calls)
    } else {
        vectors::parse_input(text, &pack.signature)
    };
    calls
        .map(CaseInput::Calls)
        .map_err(|(line, message)| bad(line, message))
}

/// The problem's hand-written tests, which hold its examples.
pub fn examples(pack: &Pack) -> Result<Vec<TestCase>, RunError> {
    if pack.tests.is_empty() {
        return Err(RunError::NoExamples(pack.id.clone()));
    }
    Ok(pack.tests.clone())
}

/// Runs `submission` on `cases`; those given as [`CaseInput`] (named
/// `case 1`, `case 2`, ...) first get their expected answers from the
/// reference solution, compiled in the submission's language when the pack
/// has one in it (else C, C++, Rust, Go).
pub fn run(
    options: JudgeOptions,
    pack: &Pack,
    submission: &Submission,
    custom: Vec<CaseInput>,
    examples: Vec<TestCase>,
    events: &mut dyn FnMut(Event<'_>),
) -> Result<RunReport, RunError> {
    let judge = Judge::new(JudgeOptions {
        stop_at_first_failure: false,
        complexity: Mode::Off,
        keep_answers: true,
        ..options
    })?;
    let prefer = match submission.language {
        Language::Wasm => Language::C,
        lang => lang,
    };
    let mut cases = examples;
    for (index, input) in custom.into_iter().enumerate() {
        let name = format!("case {}", index + 1);
        let reference = |message| RunError::Reference {
            case: name.clone(),
            message,
        };
        let body = match input {
            CaseInput::Calls(calls) => {
                let expected = judge
                    .reference_values(pack, &name, &calls, prefer)
                    .map_err(reference)?;
                TestBody::Calls {
                    calls,
                    expected: Some(expected),
                }
            }
            CaseInput::Concurrent(test) => TestBody::Concurrent(test),
            CaseInput::Stdio(input) => {
                let (outcome, _) = judge
                    .reference_output(pack, &name, &input, prefer)
                    .map_err(reference)?;
                TestBody::Stdio {
                    input,
                    answer: outcome.stdout,
                }
            }
        };
        cases.push(TestCase {
            name,
            file: "(your case)".into(),
            body,
        });
    }
    // The same pack with only these cases: judged exactly as `submit` would.
    let mut practice = pack.clone();
    practice.tests = cases;
    practice.generated.clear();
    practice.complexity = None;
    let report = judge.judge(&practice, submission, events);
    Ok(RunReport {
        report,
        cases: practice.tests,
    })
}

/// A run's report, with the cases it ran (inputs and expected answers) in
/// the report's test order.
#[derive(Debug)]
pub struct RunReport {
    pub report: Report,
    pub cases: Vec<TestCase>,
}

impl RunReport {
    /// Whether every case got AC.
    pub fn passed(&self) -> bool {
        self.report.build.is_some()
            && self
                .report
                .tests
                .iter()
                .all(|t| t.verdict.is_some_and(|v| v.is_accepted()))
    }
}

/// A call's arguments as LeetCode writes a function's input:
/// `head = [3,2,0,-4], pos = 1`; a class call's as its JSON list.
pub fn input_text(signature: &Signature, call: &Call) -> String {
    let method = match signature {
        Signature::Function { function, .. } if function.name == call.method => function,
        _ => return serde_json::Value::Array(call.args.clone()).to_string(),
    };
    let mut parts = Vec::new();
    for (param, value) in method.params.iter().zip(&call.args) {
        match (param.ty, value.as_array().map(Vec::as_slice)) {
            (Type::CycleList, Some([values, pos])) => {
                parts.push(format!("{} = {values}", param.name));
                parts.push(format!("pos = {pos}"));
            }
            _ => parts.push(format!("{} = {value}", param.name)),
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;

    fn pack(id: &str) -> Pack {
        let registry = Registry::load(&[] as &[&str]).expect("bundled packs load");
        registry
            .pack(id)
            .expect("bundled pack")
            .expect("valid pack")
            .clone()
    }

    #[test]
    fn a_pasted_example_with_output_parses_to_its_calls() {
        let lru = pack("lru-cache");
        let text = "Input\n[\"LRUCache\", \"put\", \"get\"]\n[[2], [1, 1], [1]]\nOutput\n[null, null, 7]\n";
        let CaseInput::Calls(calls) = parse(&lru, "case.txt", text.as_bytes()).unwrap() else {
            panic!("calls expected");
        };
        assert_eq!(calls.len(), 3);
        let bare = "[\"LRUCache\", \"put\", \"get\"]\n[[2], [1, 1], [1]]\n";
        assert_eq!(
            parse(&lru, "case.txt", bare.as_bytes()).unwrap(),
            CaseInput::Calls(calls)
        );
    }

    #[test]
    fn a_bad_case_names_file_and_line() {
        let lru = pack("lru-cache");
        let text = "Input\n[\"LRUCache\", \"delete\"]\n[[2], [1]]\n";
        let message = parse(&lru, "mine.txt", text.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(message.starts_with("mine.txt:1: "), "{message}");
        assert!(message.contains("`delete` is not a method"), "{message}");
    }

    #[test]
    fn function_inputs_read_as_leetcode_writes_them() {
        let cycle = pack("linked-list-cycle-ii");
        let text = "Input: head = [3,2,0,-4], pos = 1\nInput: head = [1], pos = -1\n";
        let CaseInput::Calls(calls) = parse(&cycle, "c.txt", text.as_bytes()).unwrap() else {
            panic!("calls expected");
        };
        assert_eq!(
            input_text(&cycle.signature, &calls[0]),
            "head = [3,2,0,-4], pos = 1"
        );
        assert_eq!(
            input_text(&cycle.signature, &calls[1]),
            "head = [1], pos = -1"
        );
    }
}
