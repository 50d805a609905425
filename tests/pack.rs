//! `judge pack new|validate|import-kattis` end to end, through the built
//! binary with a temporary cache directory: scaffolded packs validate as
//! generated for every kind; each broken fixture pack is refused (exit 2) with
//! a specific message naming the file and line (insta snapshots); a pack
//! whose "wrong" solution is accepted fails (exit 1) naming that file;
//! generator programs are deterministic; Kattis packages (block and flow
//! YAML, tolerances, colliding test names, LaTeX statements) import into
//! packs whose submissions keep their verdicts (interactive ones too), and
//! those this judge cannot judge (multi-pass, scoring) are refused by name.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("judge/ has a parent")
        .to_path_buf()
}

/// One temporary cache for this test binary: the compile cache is
/// content-addressed, so tests share compiled references and starters.
fn cache() -> &'static Path {
    static CACHE: OnceLock<tempfile::TempDir> = OnceLock::new();
    CACHE
        .get_or_init(|| tempfile::tempdir().expect("temp dir"))
        .path()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

fn judge_in(cwd: &Path, args: &[&str]) -> Run {
    let output = common::judge_binary()
        .current_dir(cwd)
        .arg("--cache-dir")
        .arg(cache())
        .args(args)
        .output()
        .expect("the judge binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs from tests/fixtures so that paths in messages are short and
/// stable.
fn in_fixtures(args: &[&str]) -> Run {
    judge_in(&repo().join("tests/fixtures"), args)
}

fn new_then_validate(kind: &str) {
    let dir = tempfile::tempdir().unwrap();
    let id = format!("new-{kind}-pack");
    let run = judge_in(dir.path(), &["pack", "new", &id, "--kind", kind]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = judge_in(dir.path(), &["pack", "validate", &id]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for needle in [
        "references",
        "reference/reference.c: AC",
        "starters",
        "is sound",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?}:\n{}",
            run.transcript()
        );
    }
    // Starters in all four languages compiled and were not accepted.
    assert_eq!(
        run.stdout.matches("compiles, not accepted").count(),
        4,
        "{}",
        run.transcript()
    );
}

#[test]
fn new_class_pack_validates() {
    new_then_validate("class");
}

#[test]
fn new_function_pack_validates() {
    new_then_validate("function");
}

#[test]
fn new_stdio_pack_validates() {
    new_then_validate("stdio");
}

#[test]
fn new_interactive_pack_validates() {
    new_then_validate("interactive");
}

/// A hostile interactor (an endless loop, a flood nobody reads) is the
/// judge's error, named, and ends on the interactor's own fuel.
#[test]
fn hostile_interactors_are_internal_errors() {
    let dir = tempfile::tempdir().unwrap();
    let run = judge_in(
        dir.path(),
        &["pack", "new", "hostile", "--kind", "interactive"],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let pack = dir.path().join("hostile");
    let toml = std::fs::read_to_string(pack.join("problem.toml")).unwrap();
    std::fs::write(
        pack.join("problem.toml"),
        toml.replace("# fuel = 5_000_000_000", "fuel = 200_000_000"),
    )
    .unwrap();
    for (name, body, needle) in [
        (
            "spin",
            "int main(void) { for (;;) {} }\n",
            "used all its 200000000 fuel",
        ),
        (
            "flood",
            "#include <stdio.h>\nint main(void) { for (;;) { fputs(\"higher\\n\", stdout); } }\n",
            // It floods a pipe the solution stops reading, so its own
            // fuel runs out before its 64 MiB output cap.
            "got IE on test 01-example",
        ),
    ] {
        std::fs::write(pack.join("interactor/interact.c"), body).unwrap();
        let run = judge_in(dir.path(), &["pack", "validate", "hostile"]);
        assert_eq!(run.code, 1, "{name}: {}", run.transcript());
        assert!(
            run.stdout
                .contains("the interactor program interactor/interact.c")
                && run.stdout.contains(needle),
            "{name}: {needle:?}\n{}",
            run.transcript()
        );
    }
}

#[test]
fn new_refuses_bad_ids_and_existing_folders() {
    let dir = tempfile::tempdir().unwrap();
    let run = judge_in(dir.path(), &["pack", "new", "Bad_Id", "--kind", "class"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("not a valid pack id"),
        "{}",
        run.transcript()
    );
    std::fs::create_dir(dir.path().join("taken")).unwrap();
    let run = judge_in(dir.path(), &["pack", "new", "taken", "--kind", "class"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("already exists"),
        "{}",
        run.transcript()
    );
}

/// A broken pack: exit 2 and a message naming the file (and line).
fn broken(name: &str, needle: &str) {
    let run = in_fixtures(&["pack", "validate", &format!("packs/{name}")]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains(needle),
        "{needle:?}:\n{}",
        run.transcript()
    );
    insta::with_settings!({ prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(format!("validate_{}", name.replace('-', "_")), run.transcript());
    });
}

#[test]
fn bad_toml_is_refused_with_its_line() {
    broken("bad-toml", "packs/bad-toml/problem.toml:5:");
}

#[test]
fn wrong_type_is_refused_with_its_line() {
    broken(
        "wrong-type",
        "packs/wrong-type/problem.toml:28: unknown type `integer`",
    );
}

#[test]
fn unknown_key_is_refused_with_its_line() {
    broken(
        "unknown-key",
        "packs/unknown-key/problem.toml:19: unknown field `timeout_seconds`",
    );
}

#[test]
fn stack_larger_than_memory_is_refused_with_its_line() {
    broken(
        "bad-stack",
        "packs/bad-stack/problem.toml:15: limits.stack_mib = 256 is outside 1..=128",
    );
}

#[test]
fn unknown_method_in_a_test_vector_is_refused() {
    broken(
        "unknown-method",
        "packs/unknown-method/tests/02-unknown-method.txt:1: call 3: `subtract` is not a method",
    );
}

#[test]
fn arity_mismatch_in_a_test_vector_is_refused() {
    broken(
        "arity-mismatch",
        "packs/arity-mismatch/tests/02-arity.txt:1: call 2 `add`: takes 1 argument(s)",
    );
}

#[test]
fn missing_reference_is_refused() {
    broken(
        "missing-reference",
        "packs/missing-reference/reference: missing reference",
    );
}

#[test]
fn a_wrong_solution_that_is_accepted_fails_validation() {
    let run = in_fixtures(&["pack", "validate", "packs/wrongly-accepted"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let failed = run
        .stdout
        .split("FAILED:")
        .nth(1)
        .unwrap_or_else(|| panic!("no FAILED section:\n{}", run.transcript()));
    assert!(
        failed.contains("solutions/wrong_answer/actually-correct.c: expected WA")
            && failed.contains("it is accepted"),
        "{}",
        run.transcript()
    );
    assert!(!failed.contains("int-overflow.c"), "{}", run.transcript());
}

#[test]
fn generator_programs_are_deterministic() {
    let run = in_fixtures(&["pack", "validate", "packs/generator-program"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for name in ["program-random", "program-other-seed"] {
        let line = run
            .stdout
            .lines()
            .find(|l| l.contains(&format!("[[generated]] {name}:")))
            .unwrap_or_else(|| panic!("{name} not checked:\n{}", run.transcript()));
        assert!(
            line.contains("ok") && line.contains("deterministic (program generators/gen.c"),
            "{line}"
        );
    }
    // The wrong solution is caught by a program-generated test.
    assert!(
        run.stdout
            .contains("solutions/wrong_answer/int-overflow.c: WA as expected on test program-"),
        "{}",
        run.transcript()
    );
}

/// Imports `fixtures/kattis/<name>` into `out`; the import must succeed.
fn import_fixture(out: &Path, name: &str) -> (PathBuf, Run) {
    let package = repo().join("tests/fixtures/kattis").join(name);
    let run = judge_in(
        out,
        &[
            "pack",
            "import-kattis",
            package.to_str().unwrap(),
            "-o",
            ".",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    (package, run)
}

#[test]
fn kattis_package_imports_and_keeps_its_verdicts() {
    let out = tempfile::tempdir().unwrap();
    let (_, run) = import_fixture(out.path(), "sumlist");
    let pack = out.path().join("sumlist");
    let toml = std::fs::read_to_string(pack.join("problem.toml")).unwrap();
    assert!(toml.contains("title = \"Sum of a List\""), "{toml}");
    assert!(toml.contains("kind = \"kattis\""), "{toml}");
    // The fuel limit comes from the slowest accepted submission.
    assert!(
        run.stdout.contains("fuel limit ") && run.stdout.contains("x time_multiplier 5"),
        "{}",
        run.transcript()
    );
    assert!(
        toml.contains("Kattis: the slowest accepted submission's fuel x time_multiplier 5"),
        "{toml}"
    );
    assert!(toml.contains("memory_mib = 256"), "{toml}");
    let tests: Vec<String> = std::fs::read_dir(pack.join("tests"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(tests.contains(&"sample-1.in".to_string()), "{tests:?}");
    assert!(
        tests.contains(&"secret-2-large.ans".to_string()),
        "{tests:?}"
    );

    let run = judge_in(out.path(), &["pack", "validate", "sumlist"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for needle in [
        "solutions/accepted/sum.cpp: AC as expected",
        "solutions/wrong_answer/int_sum.c: WA as expected",
        "solutions/time_limit_exceeded/quadratic.cpp: TLE as expected",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?}:\n{}",
            run.transcript()
        );
    }

    // With too little fuel, validate says how much the reference needs.
    let starved = toml
        .lines()
        .map(|line| {
            if line.starts_with("fuel = ") {
                "fuel = 1_000_000"
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(pack.join("problem.toml"), starved).unwrap();
    let run = judge_in(out.path(), &["pack", "validate", "sumlist"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains("a reference must be accepted, got TLE")
            && run
                .stdout
                .contains("fuel on its heaviest test: set limits.fuel to at least "),
        "{}",
        run.transcript()
    );
}

/// A flow-style `problem.yaml`, tolerances from `problem.yaml` and
/// `testdata.yaml`, test names that differ only in `_`/`-`/case, an answer
/// without input, and a LaTeX statement with an image.
#[test]
fn kattis_package_with_flow_yaml_and_tolerances_keeps_its_verdicts() {
    let out = tempfile::tempdir().unwrap();
    let (package, run) = import_fixture(out.path(), "average");
    assert!(
        run.stderr
            .contains("data/secret/orphan.ans has no orphan.in: it is not a test; skipped"),
        "{}",
        run.transcript()
    );
    let pack = out.path().join("average");
    let toml = std::fs::read_to_string(pack.join("problem.toml")).unwrap();
    for needle in [
        "title = \"Average of a List\"",
        "memory_mib = 128",
        "kind = \"kattis\"",
        "float_relative_tolerance 1e-6 float_absolute_tolerance 1e-6",
        "fuel x time_multiplier 4.",
    ] {
        assert!(toml.contains(needle), "{needle:?} in\n{toml}");
    }
    for test in ["secret-a_b", "secret-a-b", "secret-A-B", "sample-1"] {
        assert!(pack.join(format!("tests/{test}.in")).is_file(), "{test}");
    }
    let statement = std::fs::read_to_string(pack.join("statement.md")).unwrap();
    assert!(
        statement.starts_with("# Average of a List\n"),
        "{statement}"
    );
    assert!(
        statement.contains("![Numbers on a line](line.png)"),
        "{statement}"
    );
    assert!(statement.contains("## Input"), "{statement}");
    assert!(!statement.contains('\\'), "{statement}");
    assert_eq!(
        std::fs::read(pack.join("line.png")).unwrap(),
        std::fs::read(package.join("problem_statement/line.png")).unwrap()
    );

    let run = judge_in(out.path(), &["pack", "validate", "average"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for needle in [
        "(stdio, 4 tests",
        "solutions/accepted/relative_error.cpp: AC as expected",
        "solutions/wrong_answer/three_decimals.c: WA as expected on test secret-a_b",
        "solutions/wrong_answer/integer_division.c: WA as expected on test sample-1",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?}:\n{}",
            run.transcript()
        );
    }
}

/// A package whose answers are not unique: its custom output validator
/// (with a header beside it) becomes the checker program, its input
/// validator runs on every input, and a right answer that differs from
/// the answer file keeps its `accepted` verdict.
#[test]
fn kattis_package_with_custom_validators_keeps_its_verdicts() {
    let out = tempfile::tempdir().unwrap();
    let (_, run) = import_fixture(out.path(), "splitsum");
    let pack = out.path().join("splitsum");
    let toml = std::fs::read_to_string(pack.join("problem.toml")).unwrap();
    for needle in [
        "kind = \"program\"",
        "program = \"output_validator/sum_check.cpp\"",
        "interface = \"kattis\"",
        "[input_validator]",
        "program = \"input_validator/range.c\"",
    ] {
        assert!(toml.contains(needle), "{needle:?} in\n{toml}");
    }
    assert!(pack.join("output_validator/verdict.h").is_file());
    assert!(
        !run.stderr.contains("custom output validator"),
        "{}",
        run.transcript()
    );

    let run = judge_in(out.path(), &["pack", "validate", "splitsum"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for needle in [
        "solutions/accepted/zero_first.cpp: AC as expected",
        "solutions/accepted/halves.c: AC as expected",
        "solutions/wrong_answer/off_by_one.c: WA as expected",
        "input of test secret-3-large: valid",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?}:\n{}",
            run.transcript()
        );
    }

    // An input the validator refuses fails validation, named.
    std::fs::write(pack.join("tests/secret-2-zero.in"), "-1\n").unwrap();
    let run = judge_in(out.path(), &["pack", "validate", "splitsum"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout
            .contains("input of test secret-2-zero: invalid, says input_validator/range.c"),
        "{}",
        run.transcript()
    );
}

/// A package whose test folders pass different flags: `float_tolerance` to
/// the output validator in one, `case_sensitive` in another, and other
/// input validator flags in the first. The import writes the most common
/// flags as the pack's and a `[[test_group]]` for each folder judged
/// otherwise; every submission keeps its folder's verdict and every input
/// passes its own group's validator flags. Without the groups, it fails.
#[test]
fn kattis_package_with_per_group_flags_keeps_its_verdicts() {
    let out = tempfile::tempdir().unwrap();
    import_fixture(out.path(), "thirds");
    let pack = out.path().join("thirds");
    let toml = std::fs::read_to_string(pack.join("problem.toml")).unwrap();
    for needle in [
        "[checker]\n# Kattis' default output validator, with the package's validator flags.\nkind = \"kattis\"\nvalidator_flags = \"case_sensitive\"\n",
        "program = \"input_validator/parity.c\"\nflags = \"--divisible\"\n",
        "[[test_group]]\nprefix = \"secret-float-\"\nvalidator_flags = \"float_tolerance 1e-3\"\ninput_validator_flags = \"--not-divisible\"\n",
        "[[test_group]]\nprefix = \"sample-\"\nvalidator_flags = \"\"\n",
        "stack_mib = 128 ",
    ] {
        assert!(toml.contains(needle), "{needle:?} in\n{toml}");
    }
    let run = judge_in(out.path(), &["pack", "validate", "thirds"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for needle in [
        "solutions/accepted/precise.c: AC as expected",
        "solutions/accepted/three_decimals.c: AC as expected",
        "solutions/wrong_answer/lowercase.c: WA as expected on test secret-case-1",
        "solutions/wrong_answer/two_decimals.c: WA as expected on test secret-float-1",
        "input of test secret-float-2: valid",
        "input of test secret-case-3: valid",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?}:\n{}",
            run.transcript()
        );
    }

    // One set of flags for every test (what the import did before): the
    // decimals are judged case-sensitively and without tolerance, and the
    // float group's inputs fail the validator.
    let groups = toml.find("\n# Test folders").unwrap();
    std::fs::write(pack.join("problem.toml"), &toml[..groups]).unwrap();
    let run = judge_in(out.path(), &["pack", "validate", "thirds"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    for needle in [
        "solutions/accepted/three_decimals.c: expected AC, got WA on test secret-float-1",
        "input of test secret-float-1: invalid, says input_validator/parity.c: n = 1, but the group says --divisible",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?}:\n{}",
            run.transcript()
        );
    }
}

/// An interactive package (`validation: custom interactive`, with
/// `.interaction` samples) imports as an interactive pack whose interactor
/// is its output validator, and every submission keeps its folder's
/// verdict: accepted in C++ and Rust, a wrong answer, a crash, a too-slow
/// linear search and one that never flushes (TLE, waiting for input).
/// The same submission twice uses the same fuel.
#[test]
fn kattis_interactive_package_keeps_its_verdicts() {
    let out = tempfile::tempdir().unwrap();
    let (_, run) = import_fixture(out.path(), "guess");
    assert!(
        run.stdout.contains("interactive pack"),
        "{}",
        run.transcript()
    );
    let pack = out.path().join("guess");
    let toml = std::fs::read_to_string(pack.join("problem.toml")).unwrap();
    for needle in [
        "kind = \"interactive\"",
        "[interactor]",
        "program = \"interactor/interactor.c\"",
    ] {
        assert!(toml.contains(needle), "{needle:?} in\n{toml}");
    }
    assert!(!toml.contains("[checker]"), "{toml}");

    let run = judge_in(out.path(), &["pack", "validate", "guess"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for needle in [
        "solutions/accepted/binary.cpp: AC as expected",
        "solutions/accepted/binary.rs: AC as expected",
        "solutions/wrong_answer/gives_up.c: WA as expected",
        "solutions/runtime_error/crash.c: RE as expected",
        "solutions/time_limit_exceeded/linear.c: TLE as expected",
        "solutions/time_limit_exceeded/no_flush.c: TLE as expected",
        "waiting for input",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?}:\n{}",
            run.transcript()
        );
    }

    let fuel = || {
        let run = judge_in(
            out.path(),
            &[
                "--problems",
                ".",
                "submit",
                "guess",
                "guess/solutions/accepted/binary.cpp",
                "--no-cache",
                "--format",
                "json",
            ],
        );
        assert_eq!(run.code, 0, "{}", run.transcript());
        let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["fuel"].as_u64().unwrap())
            .collect::<Vec<_>>()
    };
    let first = fuel();
    assert!(first.iter().all(|f| *f > 0), "{first:?}");
    assert_eq!(fuel(), first);
}

/// A package's files: path and text.
type Files<'a> = &'a [(&'a str, &'a str)];

/// Multi-pass and scoring packages are refused with the feature named.
#[test]
fn kattis_import_refuses_what_it_cannot_judge() {
    let cases: &[(&str, Files, &str)] = &[
        (
            "interactive-without-interactor",
            &[(
                "problem.yaml",
                "problem_format_version: 2023-07-draft\nname: Guess\ntype: interactive\n",
            )],
            "no data/sample or data/secret",
        ),
        (
            "interactive-multi-pass",
            &[(
                "problem.yaml",
                "name: Twice\nvalidation: custom interactive multi-pass\n",
            )],
            "`multi-pass`: multi-pass problems",
        ),
        (
            "multi-pass",
            &[(
                "problem.yaml",
                "problem_format_version: 2023-07-draft\nname: Twice\ntype: multi-pass\n",
            )],
            "`multi-pass`: multi-pass problems",
        ),
        (
            "scoring",
            &[("problem.yaml", "name: Points\ntype: scoring\n")],
            "`scoring`: scoring problems",
        ),
        (
            "broken-yaml",
            &[("problem.yaml", "name: Broken\nlimits: {memory: 1\n")],
            "problem.yaml:",
        ),
    ];
    for (name, files, needle) in cases {
        let dir = tempfile::tempdir().unwrap();
        let package = dir.path().join(name);
        for (path, text) in *files {
            let path = package.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let run = judge_in(
            dir.path(),
            &[
                "pack",
                "import-kattis",
                package.to_str().unwrap(),
                "-o",
                "out",
            ],
        );
        assert_eq!(run.code, 2, "{name}: {}", run.transcript());
        assert!(
            run.stderr.contains(needle),
            "{name}: {needle:?}\n{}",
            run.transcript()
        );
        assert!(
            !dir.path().join("out").exists(),
            "{name}: nothing is written"
        );
    }
}

#[test]
fn kattis_import_refuses_a_folder_without_problem_yaml() {
    let out = tempfile::tempdir().unwrap();
    let run = judge_in(out.path(), &["pack", "import-kattis", ".", "-o", "."]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("no problem.yaml"),
        "{}",
        run.transcript()
    );
}
