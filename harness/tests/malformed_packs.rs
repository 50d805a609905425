//! Malformed packs get clear errors that name the file and line, and never
//! panic: a missing file, bad TOML, a wrong type, an unknown key, a type
//! that does not exist, and test vectors that do not match the signature.

use std::collections::BTreeMap;

use harness::pack::{Pack, PackErrors, PackFiles};

const GOOD_TOML: &str = r#"format_version = 1
id = "tiny"
title = "Tiny"
difficulty = "easy"
tags = ["test"]
kind = "class"

[limits]
fuel = 100_000_000
memory_mib = 64
output_kib = 64

[checker]
kind = "exact"

[signature]
class = "Counter"
constructor = []
methods = [
  { name = "add", params = ["n: int"], returns = "int" },
]
"#;

const GOOD_TEST: &str =
    "Input\n[\"Counter\", \"add\", \"add\"]\n[[], [2], [3]]\nOutput\n[null, 2, 5]\n";

fn pack(edit: impl FnOnce(&mut BTreeMap<String, Vec<u8>>)) -> Result<Pack, PackErrors> {
    let mut files = BTreeMap::new();
    files.insert("problem.toml".to_string(), GOOD_TOML.as_bytes().to_vec());
    files.insert("statement.md".to_string(), b"# Tiny\n".to_vec());
    files.insert(
        "tests/01-example.txt".to_string(),
        GOOD_TEST.as_bytes().to_vec(),
    );
    files.insert(
        "reference/reference.c".to_string(),
        b"typedef struct { int n; } Counter;\n".to_vec(),
    );
    edit(&mut files);
    Pack::load(&PackFiles {
        root: "problems/tiny".into(),
        files,
        ..PackFiles::default()
    })
}

fn toml_with(from: &str, to: &str) -> impl FnOnce(&mut BTreeMap<String, Vec<u8>>) {
    let text = GOOD_TOML.replace(from, to);
    assert_ne!(text, GOOD_TOML, "the edit must change something");
    move |files| {
        files.insert("problem.toml".into(), text.into_bytes());
    }
}

fn error_text(result: Result<Pack, PackErrors>) -> String {
    result.expect_err("the pack must be refused").to_string()
}

#[test]
fn the_fixture_itself_is_valid() {
    let pack = pack(|_| {}).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pack.tests.len(), 1);
}

#[test]
fn missing_problem_toml_is_named() {
    let err = error_text(pack(|files| {
        files.remove("problem.toml");
    }));
    assert_eq!(
        err,
        "problems/tiny/problem.toml: missing file: every pack needs a problem.toml"
    );
}

#[test]
fn missing_statement_and_reference_are_named() {
    let err = error_text(pack(|files| {
        files.remove("statement.md");
        files.remove("reference/reference.c");
    }));
    assert!(
        err.contains("problems/tiny/statement.md: missing file"),
        "{err}"
    );
    assert!(
        err.contains("problems/tiny/reference: missing reference solution"),
        "{err}"
    );
}

#[test]
fn bad_toml_names_the_line() {
    let err = error_text(pack(toml_with("title = \"Tiny\"", "title = \"Tiny")));
    assert!(err.starts_with("problems/tiny/problem.toml:3:"), "{err}");
}

#[test]
fn wrong_value_type_names_the_line() {
    let err = error_text(pack(toml_with("fuel = 100_000_000", "fuel = \"lots\"")));
    assert!(err.starts_with("problems/tiny/problem.toml:9:"), "{err}");
    assert!(err.contains("invalid type"), "{err}");
}

#[test]
fn unknown_key_is_reported_with_its_line() {
    let err = error_text(pack(toml_with(
        "memory_mib = 64",
        "memory_mib = 64\ncpu_seconds = 2",
    )));
    assert!(err.starts_with("problems/tiny/problem.toml:11:"), "{err}");
    assert!(err.contains("unknown field `cpu_seconds`"), "{err}");
}

#[test]
fn signature_type_that_does_not_exist_is_named() {
    let err = error_text(pack(toml_with("\"n: int\"", "\"n: integer\"")));
    // The line of the `methods` entry that holds it.
    assert!(err.starts_with("problems/tiny/problem.toml:20:"), "{err}");
    assert!(err.contains("unknown type `integer`"), "{err}");
    assert_eq!(err.lines().count(), 1, "no follow-on errors: {err}");
}

#[test]
fn several_problems_are_all_reported() {
    let text = GOOD_TOML
        .replace("\"n: int\"", "\"n: integer\"")
        .replace("difficulty = \"easy\"", "difficulty = \"trivial\"");
    let err = error_text(pack(|files| {
        files.insert("problem.toml".into(), text.into_bytes());
    }));
    assert!(err.contains(":4: difficulty `trivial`"), "{err}");
    assert!(err.contains(":20: unknown type `integer`"), "{err}");
}

#[test]
fn test_vector_calling_a_missing_method_names_file_and_line() {
    let err = error_text(pack(|files| {
        files.insert(
            "tests/01-example.txt".into(),
            b"Input\n[\"Counter\", \"subtract\"]\n[[], [2]]\nOutput\n[null, 2]\n".to_vec(),
        );
    }));
    assert!(
        err.starts_with("problems/tiny/tests/01-example.txt:1:"),
        "{err}"
    );
    assert!(
        err.contains("`subtract` is not a method of `Counter`"),
        "{err}"
    );
}

#[test]
fn test_vector_arity_mismatch_is_reported() {
    let err = error_text(pack(|files| {
        files.insert(
            "tests/01-example.txt".into(),
            b"Input\n[\"Counter\", \"add\"]\n[[], [2, 3]]\nOutput\n[null, 2]\n".to_vec(),
        );
    }));
    assert!(
        err.contains("tests/01-example.txt:1: call 2 `add`: takes 1 argument(s)"),
        "{err}"
    );
}

#[test]
fn unknown_solution_folder_is_reported() {
    let err = error_text(pack(|files| {
        files.insert("solutions/too_slow/a.c".into(), b"int x;".to_vec());
    }));
    assert!(
        err.contains("`solutions/too_slow/` is not a verdict folder"),
        "{err}"
    );
}

#[test]
fn bad_generator_names_the_generated_table() {
    let text = format!(
        "{GOOD_TOML}\n[[generated]]\nname = \"big\"\nseed = 1\ncalls = 10\n[generated.methods.add]\nweight = 1\nargs = [{{ int = [1] }}]\n"
    );
    let err = error_text(pack(|files| {
        files.insert("problem.toml".into(), text.into_bytes());
    }));
    assert!(err.contains("[[generated]] `big`"), "{err}");
    assert!(err.contains("must be [low, high]"), "{err}");
}

const COMPLEXITY: &str = r#"
[complexity]
size = "n"
sizes = [100, 200, 400, 800, 1600]
seed = 1
require = { add = "O(1)" }
build_calls = "n"

[complexity.build.add]
weight = 1
args = [{ int = [0, "n"] }]

[complexity.probe.add]
calls = "n"
args = [{ int = [0, "n"] }]
"#;

fn with_complexity(from: &str, to: &str) -> impl FnOnce(&mut BTreeMap<String, Vec<u8>>) {
    let section = COMPLEXITY.replace(from, to);
    assert_ne!(section, COMPLEXITY, "the edit must change something");
    let text = format!("{GOOD_TOML}{section}");
    move |files| {
        files.insert("problem.toml".into(), text.into_bytes());
    }
}

#[test]
fn a_complexity_section_validates_into_a_series() {
    let pack = pack(with_complexity("seed = 1", "seed = 2")).unwrap_or_else(|e| panic!("{e}"));
    let spec = pack.complexity.expect("declared");
    assert_eq!(spec.points.len(), 5);
    assert_eq!(spec.methods[0].required.text, "O(1)");
    let last = spec.points.last().expect("points");
    assert_eq!(last.size, 1600);
    assert_eq!(last.build.as_ref().map(|b| b.calls), Some(1600));
}

#[test]
fn complexity_errors_name_the_line() {
    // GOOD_TOML has 21 lines; the section starts with a blank line.
    let err = error_text(pack(with_complexity("\"O(1)\"", "\"O(fast)\"")));
    assert!(
        err.starts_with("problems/tiny/problem.toml:27: [complexity]: require.add:"),
        "{err}"
    );
    let err = error_text(pack(with_complexity("1600]", "800]")));
    assert!(
        err.contains("problem.toml:25: [complexity]: sizes must be at least 4"),
        "{err}"
    );
    let err = error_text(pack(with_complexity("add = \"O(1)\"", "sub = \"O(1)\"")));
    assert!(err.contains("`sub` is not a method"), "{err}");
    let err = error_text(pack(with_complexity(
        "[0, \"n\"] }]\n\n[complexity.probe",
        "[0, \"m\"] }]\n\n[complexity.probe",
    )));
    assert!(err.contains("unknown parameter `m`"), "{err}");
    let err = error_text(pack(with_complexity("\"O(1)\"", "\"O(k)\"")));
    assert!(
        err.contains("parameter `k` is neither the size `n` nor in `derived`"),
        "{err}"
    );
}
