//! Checker programs end to end: packs whose answers are not unique prove
//! themselves with their own checkers (a testlib checker on a stdio pack, a
//! Kattis-protocol checker reading JSON lines on a function pack), and
//! hostile checkers (an endless loop, a flood of feedback, a crash) are the
//! judge's error, naming the checker, within seconds. Real toolchains, real
//! sandbox.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use harness::authoring::validate::{validate, ValidateOptions};
use harness::judge::{Judge, JudgeOptions, Submission};
use harness::pack::Pack;
use harness::{Language, Verdict};

use common::{cache_dir, fixture_pack, load_dir};

fn prove(dir: &Path) -> Vec<String> {
    let pack = load_dir(dir);
    let judge = Judge::new(JudgeOptions::new(cache_dir())).unwrap();
    let validation = validate(&pack, &judge, &ValidateOptions::default(), &|_| {});
    let lines: Vec<String> = validation.checks.iter().map(|c| c.to_string()).collect();
    let failures: Vec<String> = validation.failures().map(|c| c.to_string()).collect();
    assert!(
        failures.is_empty(),
        "{} fails validation:\n{}",
        dir.display(),
        lines.join("\n")
    );
    lines
}

#[test]
fn testlib_checker_accepts_any_right_answer() {
    let lines = prove(&fixture_pack("testlib-divisor"));
    let text = lines.join("\n");
    for needle in [
        "solutions/accepted/largest.cpp: AC as expected",
        "solutions/wrong_answer/itself.c: WA as expected",
        "solutions/wrong_answer/trailing.c: WA as expected",
    ] {
        assert!(text.contains(needle), "{needle:?} in\n{text}");
    }
}

/// A C++ checker may open its files with `std::ifstream` (libc++ for wasm32
/// has no file streams; the judge's prelude gives them over C stdio).
#[test]
fn cpp_checker_reads_its_files_through_ifstream() {
    let lines = prove(&fixture_pack("fstream-divisor"));
    let text = lines.join("\n");
    for needle in [
        "solutions/accepted/largest.cpp: AC as expected",
        "solutions/wrong_answer/itself.c: WA as expected on test 1-composite: 12 is not a proper divisor of 12",
        "solutions/wrong_answer/trailing.c: WA as expected on test 1-composite: trailing output: extra",
    ] {
        assert!(text.contains(needle), "{needle:?} in\n{text}");
    }
}

#[test]
fn function_checker_reads_calls_and_results_as_json_lines() {
    let lines = prove(&fixture_pack("peak-index"));
    let text = lines.join("\n");
    for needle in [
        "solutions/accepted/first_peak.cpp: AC as expected",
        "solutions/wrong_answer/maximum_neighbour.c: WA as expected",
    ] {
        assert!(text.contains(needle), "{needle:?} in\n{text}");
    }
    // The checker's judgemessage is the wrong answer's message.
    let pack = load_dir(&fixture_pack("peak-index"));
    let judge = Judge::new(JudgeOptions::new(cache_dir())).unwrap();
    let source = &pack
        .solutions
        .iter()
        .find(|s| s.expected == Verdict::WrongAnswer)
        .unwrap()
        .source;
    let report = judge.judge(
        &pack,
        &Submission {
            file: "maximum_neighbour.c".into(),
            language: Language::C,
            bytes: source.bytes.clone(),
        },
        &mut |_| {},
    );
    assert_eq!(report.verdict, Verdict::WrongAnswer);
    let message = report.message.unwrap_or_default();
    assert!(
        message.contains("the checker rejected the results: call 1: 1 is not a peak"),
        "{message}"
    );
}

/// A copy of the testlib pack with `checker` as its checker program.
fn pack_with_checker(dir: &Path, file: &str, interface: &str, checker: &str) -> Pack {
    let src = fixture_pack("testlib-divisor");
    let root = dir.join("testlib-divisor");
    for entry in walk(&src) {
        let to = root.join(entry.strip_prefix(&src).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &to).unwrap();
    }
    std::fs::remove_file(root.join("checker/check.cpp")).unwrap();
    std::fs::write(root.join("checker").join(file), checker).unwrap();
    let toml = std::fs::read_to_string(root.join("problem.toml"))
        .unwrap()
        .replace("checker/check.cpp", &format!("checker/{file}"))
        .replace(
            "interface = \"testlib\"",
            &format!("interface = \"{interface}\""),
        );
    std::fs::write(root.join("problem.toml"), toml).unwrap();
    load_dir(&root)
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn judge_reference(pack: &Pack) -> (harness::Report, Duration) {
    let judge = Judge::new(JudgeOptions::new(cache_dir())).unwrap();
    let reference = &pack.references[&Language::C];
    let started = Instant::now();
    let report = judge.judge(
        pack,
        &Submission {
            file: "reference.c".into(),
            language: Language::C,
            bytes: reference.bytes.clone(),
        },
        &mut |_| {},
    );
    (report, started.elapsed())
}

#[test]
fn hostile_checkers_are_the_judges_error_within_seconds() {
    let cases = [
        (
            "loop.c",
            "kattis",
            "int main(void) { volatile unsigned long n = 0; for (;;) n++; }\n",
            "used all its 5000000000 fuel",
        ),
        (
            "flood.c",
            "kattis",
            "#include <stdio.h>\n#include <string.h>\nint main(int argc, char **argv) {\n    char path[256];\n    snprintf(path, sizeof path, \"%s/judgemessage.txt\", argv[3]);\n    FILE *f = fopen(path, \"w\");\n    static char block[65536];\n    memset(block, 'x', sizeof block);\n    for (;;) fwrite(block, 1, sizeof block, f);\n}\n",
            "wrote more than its output limit",
        ),
        (
            "crash.c",
            "kattis",
            "#include <stdlib.h>\nint main(void) { abort(); }\n",
            "crashed",
        ),
        (
            "exit.c",
            "kattis",
            "int main(void) { return 0; }\n",
            "exited with code 0 (a Kattis output validator exits 42 to accept or 43 to reject)",
        ),
        (
            "fail.cpp",
            "testlib",
            "#include \"testlib.h\"\nint main(int argc, char *argv[]) {\n    registerTestlibCmd(argc, argv);\n    quitf(_fail, \"the answer file is broken\");\n}\n",
            "failed (testlib `_fail`): FAIL the answer file is broken",
        ),
        (
            "broken.c",
            "kattis",
            "int main(void) { return undefined_name; }\n",
            "does not build",
        ),
    ];
    for (file, interface, source, needle) in cases {
        let dir = tempfile::tempdir().unwrap();
        let pack = pack_with_checker(dir.path(), file, interface, source);
        let (report, took) = judge_reference(&pack);
        assert_eq!(report.verdict, Verdict::InternalError, "{file}: {report:?}");
        let message = report.message.unwrap_or_default();
        assert!(
            message.contains(&format!("checker/{file}")) && message.contains(needle),
            "{file}: {needle:?} in {message}"
        );
        assert!(took < Duration::from_secs(60), "{file} took {took:?}");
    }
}

/// A huge judgemessage within the caps is cut and escaped, not passed on.
#[test]
fn checker_messages_are_capped_and_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let source = "#include <stdio.h>\nint main(int argc, char **argv) {\n    char path[256];\n    snprintf(path, sizeof path, \"%s/judgemessage.txt\", argv[3]);\n    FILE *f = fopen(path, \"w\");\n    fputs(\"\\x1b[2J\", f);\n    for (int i = 0; i < 100000; i++) fputc('y', f);\n    fclose(f);\n    return 43;\n}\n";
    let pack = pack_with_checker(dir.path(), "reject.c", "kattis", source);
    let (report, _) = judge_reference(&pack);
    assert_eq!(report.verdict, Verdict::WrongAnswer);
    let message = report.message.unwrap_or_default();
    assert!(message.starts_with("\\u{1b}[2Jyyy"), "{message}");
    assert!(
        message.ends_with(" [...]") && message.len() < 1100,
        "{}",
        message.len()
    );
}
