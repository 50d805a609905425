//! Finds a pack's hand-written tests (`tests/*.txt`, `.in`/`.ans` pairs
//! for stdio, `.in` with an optional `.ans` for interactive problems) and turns them into test cases: the glue between the pack's
//! files and the text parser in [`crate::vectors`], which knows no files.

use super::{PackError, PackFiles};
use crate::concurrent::ConcurrentTest;
use crate::pack_format::Kind;
use crate::signature::Signature;
use crate::vectors::{parse_test, TestBody, TestCase};

/// Whether the pack file at `path` is a hand-written test of a `kind`
/// problem (one test per file: `tests/<name>.txt`, or `tests/<name>.in`
/// with its `.ans`).
pub(super) fn is_test_file(kind: Kind, path: &str) -> bool {
    path.starts_with("tests/")
        && match kind {
            Kind::Stdio | Kind::Interactive => path.ends_with(".in"),
            Kind::Class | Kind::Function => path.ends_with(".txt"),
            Kind::Concurrent => path.ends_with(".json"),
        }
}

/// Loads every hand-written test of a pack, in file-name order.
pub(super) fn load_tests(
    files: &PackFiles,
    kind: Kind,
    signature: &Signature,
) -> Result<Vec<TestCase>, Vec<PackError>> {
    let mut tests = Vec::new();
    let mut errors = Vec::new();
    for (path, bytes) in files.under("tests") {
        if !is_test_file(kind, path) {
            continue;
        }
        let display = files.display(path);
        let stem = path
            .rsplit('/')
            .next()
            .unwrap_or(path)
            .rsplit_once('.')
            .map(|(stem, _)| stem.to_string())
            .unwrap_or_else(|| path.clone());
        match kind {
            Kind::Stdio | Kind::Interactive => {
                if let Some(base) = path.strip_suffix(".in") {
                    let answer_path = format!("{base}.ans");
                    match files.files.get(&answer_path) {
                        Some(answer) => tests.push(TestCase {
                            name: stem,
                            file: path.clone(),
                            body: TestBody::Stdio {
                                input: bytes.clone(),
                                answer: answer.clone(),
                            },
                        }),
                        // The interactor gets an empty answer file.
                        None if kind == Kind::Interactive => tests.push(TestCase {
                            name: stem,
                            file: path.clone(),
                            body: TestBody::Stdio {
                                input: bytes.clone(),
                                answer: Vec::new(),
                            },
                        }),
                        None => errors.push(PackError::new(
                            display,
                            None,
                            format!("has no answer file {}", files.display(&answer_path)),
                        )),
                    }
                }
            }
            Kind::Concurrent => {
                let Ok(text) = std::str::from_utf8(bytes) else {
                    errors.push(PackError::new(display, None, "not UTF-8 text"));
                    continue;
                };
                match ConcurrentTest::parse(text, signature) {
                    Ok(test) => tests.push(TestCase {
                        name: stem,
                        file: path.clone(),
                        body: TestBody::Concurrent(test),
                    }),
                    Err((line, message)) => errors.push(PackError::new(display, line, message)),
                }
            }
            Kind::Class | Kind::Function => {
                let Ok(text) = std::str::from_utf8(bytes) else {
                    errors.push(PackError::new(display, None, "not UTF-8 text"));
                    continue;
                };
                match parse_test(text, signature) {
                    Ok((calls, expected)) => tests.push(TestCase {
                        name: stem,
                        file: path.clone(),
                        body: TestBody::Calls {
                            calls,
                            expected: Some(expected),
                        },
                    }),
                    Err((line, message)) => errors.push(PackError::new(display, line, message)),
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(tests)
    } else {
        Err(errors)
    }
}
