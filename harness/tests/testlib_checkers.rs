//! testlib's standard checkers through the judge (issue 14): checkers
//! written in the style of testlib's `wcmp`, `ncmp`, `rcmp6`, `yesno`,
//! `lcmp` and `hcmp` (tests/fixtures/testlib-checkers/, using the same
//! API calls: `seekEof`, `readWord`, `readLong`, `readDouble`,
//! `readString`, `pattern_t`, `doubleCompare`, `englishEnding`, `vtos`,
//! `compress`, `quitif`, `_pe`/`_fail`) are compiled against the judge's
//! own `testlib.h` and judge outputs that each must accept or reject, with
//! testlib's message. Real clang, real sandbox.

mod common;

use std::path::Path;

use harness::judge::{Judge, JudgeOptions, Submission};
use harness::pack::{Pack, PackFiles};
use harness::{Language, Verdict};

use common::{cache_dir, installed};

/// One checker and what it must say about outputs for one answer.
struct Case {
    checker: &'static str,
    answer: &'static str,
    accepts: &'static [&'static str],
    /// `(output, words the rejection's message contains)`.
    rejects: &'static [(&'static str, &'static str)],
}

const CASES: &[Case] = &[
    Case {
        checker: "wcmp",
        answer: "hello  world\n",
        accepts: &["hello world\n", "\nhello\n\tworld"],
        rejects: &[
            ("hello", "Unexpected EOF in the participants output"),
            ("hello world again", "extra tokens"),
            (
                "Hello world",
                "1st words differ - expected: 'hello', found: 'Hello'",
            ),
        ],
    },
    Case {
        checker: "ncmp",
        answer: "1 -2 9223372036854775807\n",
        accepts: &[
            "1\n-2\n9223372036854775807\n",
            "  1 -2   9223372036854775807",
        ],
        rejects: &[
            ("1 -2", "Answer contains longer sequence [length = 3]"),
            (
                "1 -2 9223372036854775807 4",
                "Output contains longer sequence",
            ),
            ("1 -2 9223372036854775808", "Expected int64"),
            (
                "1 3 9223372036854775807",
                "2nd numbers differ - expected: '-2', found: '3'",
            ),
        ],
    },
    Case {
        checker: "rcmp6",
        answer: "1.0 1000000.0 0.5\n",
        accepts: &["1.0000009 1000000.9 0.5\n", "1 1e6 .5"],
        rejects: &[
            ("1.000002 1000000 0.5", "1st numbers differ"),
            ("1 1000002 0.5", "2nd numbers differ"),
            ("1 1000000", "Unexpected end of file"),
            ("nan 1 1", "Expected double"),
        ],
    },
    Case {
        checker: "yesno",
        answer: "YES\n",
        accepts: &["yes\n", "Yes"],
        rejects: &[
            ("NO", "expected YES, found NO"),
            ("maybe", "YES or NO expected"),
        ],
    },
    Case {
        checker: "lcmp",
        answer: "a b\nc\n",
        accepts: &["a  b\nc\n", "a b \n c\n"],
        rejects: &[
            (
                "a b c\n",
                "1st lines differ - expected: 'a b', found: 'a b c'",
            ),
            ("a b\nd\n", "2nd lines differ"),
        ],
    },
    Case {
        checker: "hcmp",
        answer: "-123456789012345678901234567890\n",
        accepts: &["-123456789012345678901234567890"],
        rejects: &[
            ("-123456789012345678901234567891", "expected -1234"),
            ("-0123", "-0123 is not valid integer"),
            ("+5", "+5 is not valid integer"),
        ],
    },
];

/// A C program that prints `text`.
fn printer(text: &str) -> String {
    let quoted = serde_json::to_string(text).unwrap();
    format!("#include <stdio.h>\nint main(void) {{ fputs({quoted}, stdout); return 0; }}\n")
}

/// A stdio pack named after the checker, judged by it, with one test.
fn pack(root: &Path, case: &Case) -> Pack {
    let dir = root.join(case.checker);
    for d in ["tests", "reference", "checker"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    let toml = format!(
        "format_version = 1\nid = \"{}\"\ntitle = \"{0}\"\ndifficulty = \"easy\"\ntags = [\"io\"]\nkind = \"stdio\"\nlanguages = [\"c\"]\n\n[limits]\nfuel = 1_000_000_000\nmemory_mib = 64\noutput_kib = 64\n\n[checker]\nkind = \"program\"\nprogram = \"checker/check.cpp\"\ninterface = \"testlib\"\n",
        case.checker
    );
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/testlib-checkers")
        .join(format!("{}.cpp", case.checker));
    std::fs::write(dir.join("problem.toml"), toml).unwrap();
    std::fs::write(dir.join("statement.md"), "# checker\n").unwrap();
    std::fs::copy(&source, dir.join("checker/check.cpp")).unwrap();
    std::fs::write(dir.join("tests/1.in"), "unused\n").unwrap();
    std::fs::write(dir.join("tests/1.ans"), case.answer).unwrap();
    std::fs::write(dir.join("reference/reference.c"), printer(case.answer)).unwrap();
    Pack::load(&PackFiles::from_dir(&dir).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn standard_checkers_accept_and_reject_like_testlib() {
    if !installed(&[Language::C, Language::Cpp]) {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let cache = cache_dir();
    let judge = Judge::new(JudgeOptions::new(cache)).unwrap();
    let mut wrong = Vec::new();
    for case in CASES {
        let pack = pack(root.path(), case);
        let outputs = case.accepts.iter().map(|o| (*o, None));
        let outputs = outputs.chain(case.rejects.iter().map(|(o, why)| (*o, Some(*why))));
        for (output, rejection) in outputs {
            let sub = Submission {
                file: "out.c".into(),
                language: Language::C,
                bytes: printer(output).into_bytes(),
            };
            let report = judge.judge(&pack, &sub, &mut |_| {});
            let message = report.tests[0].message.clone().unwrap_or_default();
            let ok = match rejection {
                None => report.verdict == Verdict::Accepted,
                Some(why) => report.verdict == Verdict::WrongAnswer && message.contains(why),
            };
            if !ok {
                wrong.push(format!(
                    "{} on {output:?}: {:?} {message:?}, expected {rejection:?}",
                    case.checker, report.verdict
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
