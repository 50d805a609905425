//! The `judge` binary end to end: each test runs the built executable (with a
//! fresh temporary cache directory) the way a user would, and checks its
//! stdout, stderr and exit code, mostly through insta snapshots with the
//! non-deterministic parts (durations, temp paths, fuel and memory figures
//! that move whenever a driver changes) redacted.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The repository root: solution paths in snapshots are relative to it.
fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("judge/ has a parent")
        .to_path_buf()
}

/// A run of the binary.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr in one text, for snapshots.
    fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not one JSON object ({e}):\n{}",
                self.transcript()
            )
        })
    }
}

/// Runs `judge` in `cwd` with its own cache directory.
fn judge_in(cwd: &Path, cache: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = common::judge_binary();
    cmd.current_dir(cwd)
        .arg("--cache-dir")
        .arg(cache)
        .args(args)
        // The practice record `submit` keeps: this test's, not the user's.
        .env("JUDGE_PROGRESS", cache.join("progress.json"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("the judge binary runs");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Runs `judge` from the repository root with a fresh cache.
fn judge(args: &[&str]) -> Run {
    let cache = tempfile::tempdir().expect("temp dir");
    judge_in(&repo(), cache.path(), args, &[])
}

/// Snapshot `text` with durations, temp paths and measurements redacted.
macro_rules! snapshot {
    ($name:expr, $text:expr) => {
        insta::with_settings!({
            filters => [
                (r"compiled in \d+\.\d+ s", "compiled in [duration]"),
                (r"/tmp/[^\s:`']+", "[tmp]"),
            ].into_iter().chain(common::FUEL_AND_MEMORY).chain([
                (r"your code used \d+ fuel, over its limit of \d+", "your code used [fuel] fuel, over its limit of [limit]"),
                // Line numbers inside generated drivers move with the drivers.
                (r"judge_driver\.(c|cpp|go|rs):\d+(:\d+)?", "judge_driver.$1:[line]"),
                (r"(?m)^(\s+)\d{3,} \|", "$1[line] |"),
                (r"used all \d+ fuel", "used all [limit] fuel"),
                // Measured fuel per call: exact, but it moves with the drivers.
                (r"fuel/call [\d,]+ → [\d,]+\s+", "fuel/call [fuel] → [fuel]  "),
                (r"fuel per call [\d,]+ → [\d,]+", "fuel per call [fuel] → [fuel]"),
            ]),
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!($name, $text);
        });
    };
}

const LRU: &str = "problems/lru-cache";

#[test]
fn list_shows_every_bundled_problem() {
    let run = judge(&["list"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for id in [
        "lru-cache",
        "implement-trie",
        "merge-k-sorted-lists",
        "linked-list-cycle-ii",
        "insert-delete-getrandom",
    ] {
        assert!(run.stdout.contains(id), "{id} missing:\n{}", run.stdout);
    }
    snapshot!("list", run.transcript());
}

#[test]
fn show_gives_statement_signatures_limits_and_checker() {
    let run = judge(&["show", "lru-cache"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for needle in [
        "LRU Cache",
        "Signature",
        "  go",
        "  rust",
        "  c",
        "  cpp",
        "memory  256 MiB",
        "Checker",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?} missing:\n{}",
            run.stdout
        );
    }
    snapshot!("show_lru_cache", run.transcript());
}

#[test]
fn init_writes_the_starter_for_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    for (lang, ext) in [("go", "go"), ("rust", "rs"), ("c", "c"), ("cpp", "cpp")] {
        let out = dir.path().join(format!("mine.{ext}"));
        let out_arg = out.display().to_string();
        let run = judge_in(
            dir.path(),
            cache.path(),
            &["init", "lru-cache", "--lang", lang, "-o", &out_arg],
            &[],
        );
        assert_eq!(run.code, 0, "{}", run.transcript());
        let mut starter =
            std::fs::read(repo().join(LRU).join(format!("starters/starter.{ext}"))).unwrap();
        if lang == "go" {
            // gopls needs a package clause; the judge accepts one.
            starter.splice(0..0, b"package main\n\n".iter().copied());
        }
        assert_eq!(
            std::fs::read(&out).unwrap(),
            starter,
            "{lang} starter differs"
        );
    }
}

#[test]
fn init_names_the_file_after_the_problem_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let args = ["init", "lru-cache", "--lang", "go"];
    let first = judge_in(dir.path(), cache.path(), &args, &[]);
    assert_eq!(first.code, 0, "{}", first.transcript());
    assert!(dir.path().join("lru_cache.go").is_file());
    snapshot!("init_default_name", first.transcript());

    std::fs::write(dir.path().join("lru_cache.go"), "my work").unwrap();
    let again = judge_in(dir.path(), cache.path(), &args, &[]);
    assert_eq!(again.code, 2, "{}", again.transcript());
    assert!(again.stderr.contains("--force"), "{}", again.transcript());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("lru_cache.go")).unwrap(),
        "my work"
    );
    snapshot!("init_refuses_to_overwrite", again.transcript());

    let forced = judge_in(
        dir.path(),
        cache.path(),
        &["init", "lru-cache", "--lang", "go", "--force"],
        &[],
    );
    assert_eq!(forced.code, 0, "{}", forced.transcript());
    assert_ne!(
        std::fs::read_to_string(dir.path().join("lru_cache.go")).unwrap(),
        "my work"
    );
}

#[test]
fn submit_accepted_reference() {
    let run = judge(&[
        "submit",
        "lru-cache",
        "problems/lru-cache/reference/reference.c",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("\nAC  "), "{}", run.transcript());
    snapshot!("submit_ac", run.transcript());
}

#[test]
fn submit_wrong_answer_shows_the_failing_call() {
    let run = judge(&[
        "submit",
        "lru-cache",
        "problems/lru-cache/solutions/wrong_answer/evicts_before_checking_existing.rs",
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    for needle in [
        "First failure: WA",
        "expected",
        "actual",
        "replay",
        "--seed",
        "\nWA  ",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?} missing:\n{}",
            run.transcript()
        );
    }
    snapshot!("submit_wa", run.transcript());
}

#[test]
fn submit_time_limit_exceeded() {
    let run = judge(&[
        "submit",
        "lru-cache",
        "problems/lru-cache/solutions/time_limit_exceeded/array_scan.c",
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.contains("\nTLE  "), "{}", run.transcript());
    snapshot!("submit_tle", run.transcript());
}

#[test]
fn submit_runtime_error() {
    let run = judge(&[
        "submit",
        "lru-cache",
        "problems/lru-cache/solutions/runtime_error/modulo_by_zero.c",
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.contains("\nRE  "), "{}", run.transcript());
    snapshot!("submit_re", run.transcript());
}

#[test]
fn submit_compile_error_names_the_users_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let source = "typedef struct { int cap; } LRUCache;\n\nLRUCache* lRUCacheCreate(int capacity) {\n    return 0 +;\n}\n";
    std::fs::write(dir.path().join("broken_lru.c"), source).unwrap();
    let run = judge_in(
        dir.path(),
        cache.path(),
        &["submit", "lru-cache", "broken_lru.c"],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains("broken_lru.c:4:"),
        "{}",
        run.transcript()
    );
    assert!(run.stdout.contains("\nCE  "), "{}", run.transcript());
    snapshot!("submit_ce", run.transcript());
}

#[test]
fn json_report_is_one_object_with_the_contract_fields() {
    let run = judge(&[
        "submit",
        "lru-cache",
        "problems/lru-cache/solutions/wrong_answer/evicts_before_checking_existing.rs",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let v = run.json();
    assert_eq!(v["problem"], "lru-cache");
    assert_eq!(v["language"], "rust");
    assert_eq!(v["verdict"], "WA");
    assert!(v["message"].is_string());
    assert!(v["seed"].is_u64());
    assert_eq!(v["compiled_from_cache"], false);
    let tests = v["tests"].as_array().expect("tests is an array");
    assert!(!tests.is_empty());
    for t in tests {
        for field in [
            "name",
            "verdict",
            "fuel",
            "memory_bytes",
            "message",
            "failure",
        ] {
            assert!(t.get(field).is_some(), "test lacks {field}: {t}");
        }
    }
    let failed = tests
        .iter()
        .find(|t| t["verdict"] == "WA")
        .expect("a WA test");
    let failure = &failed["failure"];
    for field in ["call_number", "call", "expected", "actual", "context"] {
        assert!(
            failure.get(field).is_some(),
            "failure lacks {field}: {failure}"
        );
    }
    // Tests after the first failure are skipped: verdict null.
    assert!(tests.last().unwrap()["verdict"].is_null());
}

#[test]
fn all_runs_every_test() {
    let run = judge(&[
        "submit",
        "lru-cache",
        "problems/lru-cache/solutions/wrong_answer/evicts_before_checking_existing.rs",
        "--format",
        "json",
        "--all",
    ]);
    let v = run.json();
    assert!(v["tests"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| !t["verdict"].is_null()));
}

#[test]
fn second_submit_comes_from_the_cache() {
    let cache = tempfile::tempdir().unwrap();
    let args = [
        "submit",
        "lru-cache",
        "problems/lru-cache/reference/reference.c",
        "--format",
        "json",
    ];
    let first = judge_in(&repo(), cache.path(), &args, &[]);
    assert_eq!(
        first.json()["compiled_from_cache"],
        false,
        "{}",
        first.transcript()
    );
    let second = judge_in(&repo(), cache.path(), &args, &[]);
    assert_eq!(second.code, 0, "{}", second.transcript());
    assert_eq!(
        second.json()["compiled_from_cache"],
        true,
        "{}",
        second.transcript()
    );
    let human = judge_in(&repo(), cache.path(), &args[..3], &[]);
    assert!(
        human.stdout.contains("compiled (cached, no compiler ran)"),
        "{}",
        human.transcript()
    );
}

#[test]
fn a_repeated_submit_reuses_the_verdict_unless_no_cache() {
    let cache = tempfile::tempdir().unwrap();
    let args = [
        "submit",
        "lru-cache",
        "problems/lru-cache/solutions/wrong_answer/update_does_not_refresh.cpp",
        "--format",
        "json",
    ];
    let first = judge_in(&repo(), cache.path(), &args, &[]);
    assert_eq!(first.code, 1, "{}", first.transcript());
    let first = first.json();
    assert_eq!(first["cached"], false, "{first:#}");
    let second = judge_in(&repo(), cache.path(), &args, &[]);
    assert_eq!(second.code, 1, "{}", second.transcript());
    let second = second.json();
    assert_eq!(second["cached"], true, "{second:#}");
    // The same report: verdicts, fuel, memory and the failing call.
    for field in ["verdict", "tests", "first_failure", "complexity"] {
        assert_eq!(second[field], first[field], "{field}");
    }
    let human = judge_in(&repo(), cache.path(), &args[..3], &[]);
    assert_eq!(human.code, 1, "{}", human.transcript());
    assert!(
        human.stdout.contains("cached verdict"),
        "{}",
        human.transcript()
    );
    assert!(human.stdout.contains("expected"), "{}", human.transcript());
    let forced = judge_in(
        &repo(),
        cache.path(),
        &[&args[..], &["--no-cache"]].concat(),
        &[],
    );
    assert_eq!(forced.json()["cached"], false, "{}", forced.transcript());
}

/// A copy of the bundled lru-cache pack as `DIR/big-lru`, plus a 100 MB
/// test file (sparse, so it costs no disk) that no one can read: over the
/// pack file cap, and mode 000.
fn pack_with_a_huge_test() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("big-lru");
    let source = repo().join(LRU);
    for entry in walk(&source) {
        let target = pack.join(entry.strip_prefix(&source).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
    let toml = pack.join("problem.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let renamed = text.replacen("id = \"lru-cache\"", "id = \"big-lru\"", 1);
    assert_ne!(renamed, text);
    std::fs::write(&toml, renamed).unwrap();
    let huge = pack.join("tests/99-huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100_000_000)
        .unwrap();
    std::fs::set_permissions(&huge, std::fs::Permissions::from_mode(0o000)).unwrap();
    dir
}

/// Every file below `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn list_and_show_never_read_test_data_and_submit_reports_it() {
    let problems = pack_with_a_huge_test();
    let dir = problems.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        judge_in(
            &repo(),
            cache.path(),
            &[&["--problems", dir][..], args].concat(),
            &[],
        )
    };
    let list = run(&["list"]);
    assert_eq!(list.code, 0, "{}", list.transcript());
    assert!(list.stdout.contains("big-lru"), "{}", list.transcript());
    let show = run(&["show", "big-lru"]);
    assert_eq!(show.code, 0, "{}", show.transcript());
    assert!(
        show.stdout.contains("9 hand-written"),
        "the huge file is counted, not read:\n{}",
        show.transcript()
    );
    let init_dir = tempfile::tempdir().unwrap();
    let out = init_dir.path().join("mine.c");
    let init = run(&[
        "init",
        "big-lru",
        "--lang",
        "c",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(init.code, 0, "{}", init.transcript());

    // Judging another pack reads only that pack's tests.
    let other = run(&[
        "submit",
        "lru-cache",
        "problems/lru-cache/reference/reference.c",
    ]);
    assert_eq!(other.code, 0, "{}", other.transcript());
    // Judging this one reads its tests, and the huge file is refused.
    let submit = run(&[
        "submit",
        "big-lru",
        "problems/lru-cache/reference/reference.c",
    ]);
    assert_eq!(submit.code, 2, "{}", submit.transcript());
    assert!(
        submit.stderr.contains("tests/99-huge.txt"),
        "{}",
        submit.transcript()
    );
}

#[test]
fn starter_submitted_unchanged_compiles_and_is_not_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let init = judge_in(
        dir.path(),
        cache.path(),
        &["init", "lru-cache", "--lang", "c"],
        &[],
    );
    assert_eq!(init.code, 0, "{}", init.transcript());
    let run = judge_in(
        dir.path(),
        cache.path(),
        &["submit", "lru-cache", "lru_cache.c", "--format", "json"],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    let verdict = run.json()["verdict"].as_str().unwrap().to_string();
    assert!(
        !["AC", "CE", "IE"].contains(&verdict.as_str()),
        "{}",
        run.transcript()
    );
}

#[test]
fn unknown_problem_suggests_the_nearest() {
    let run = judge(&["submit", "lru-cach", "examples/lru_cache.go"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr
            .contains("unknown problem `lru-cach`; did you mean one of `lru-cache`,"),
        "{}",
        run.transcript()
    );
    snapshot!("unknown_problem", run.transcript());
}

#[test]
fn missing_file_is_a_usage_error() {
    let run = judge(&["submit", "lru-cache", "no/such/file.go"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    snapshot!("missing_file", run.transcript());
}

/// A module of `size` bytes: the smallest valid one, padded with a custom
/// section. It has no `_start`, so judging it is a verdict, not a crash.
fn padded_module(size: usize) -> Vec<u8> {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    let name = b"padding";
    // id 0, then the section's size as a 4-byte LEB128, then its body.
    let body = size - wasm.len() - 5;
    wasm.push(0);
    for shift in [0, 7, 14, 21] {
        let more = if shift < 21 { 0x80 } else { 0 };
        wasm.push(((body >> shift) & 0x7f) as u8 | more);
    }
    wasm.push(name.len() as u8);
    wasm.extend_from_slice(name);
    wasm.resize(size, 0);
    wasm
}

/// A ready `.wasm` may be as large as a Go module (about 2 MB), well past
/// the 1 MiB cap on sources, but not past its own cap.
#[test]
fn a_ready_module_has_a_cap_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let go_sized = dir.path().join("go-sized.wasm");
    std::fs::write(&go_sized, padded_module(3 << 20)).unwrap();
    let run = judge(&["submit", "lru-cache", go_sized.to_str().unwrap()]);
    assert_eq!(
        run.code,
        1,
        "a verdict, not a usage error: {}",
        run.transcript()
    );
    assert!(run.stdout.contains("_start"), "{}", run.transcript());

    let too_large = dir.path().join("too-large.wasm");
    std::fs::write(&too_large, padded_module((16 << 20) + 1)).unwrap();
    let run = judge(&["submit", "lru-cache", too_large.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("16 MiB limit"), "{}", run.transcript());
}

#[test]
fn unknown_extension_names_the_supported_ones() {
    let run = judge(&["submit", "lru-cache", "README.md"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    for ext in [".go", ".rs", ".c", ".cpp", ".wasm"] {
        assert!(
            run.stderr.contains(ext),
            "{ext} missing: {}",
            run.transcript()
        );
    }
    snapshot!("unknown_extension", run.transcript());
}

#[test]
fn missing_toolchain_names_the_install_command() {
    let cache = tempfile::tempdir().unwrap();
    let run = judge_in(
        &repo(),
        cache.path(),
        &[
            "submit",
            "lru-cache",
            "problems/lru-cache/reference/reference.c",
        ],
        &[("PATH", "/nonexistent")],
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("judge toolchain install c"),
        "{}",
        run.transcript()
    );
}

#[test]
fn bundled_go_example_is_accepted() {
    let run = judge(&["submit", "lru-cache", "examples/lru_cache.go"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn compile_reading_dev_zero_is_a_compile_error_within_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("zero.c"), "#include \"/dev/zero\"\n").unwrap();
    let started = std::time::Instant::now();
    let run = judge_in(
        dir.path(),
        cache.path(),
        &[
            "submit",
            "lru-cache",
            "zero.c",
            "--compile-timeout",
            "10",
            "--format",
            "json",
        ],
        &[],
    );
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    let v = run.json();
    assert_eq!(v["verdict"], "CE", "{}", run.transcript());
}

#[test]
fn including_a_host_file_does_not_leak_it() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let secret_line = "judge-secret-canary: the-quick-brown-fox-42";
    let secret = dir.path().join("host-secret.txt");
    std::fs::write(&secret, format!("{secret_line}\nanother line\n")).unwrap();
    std::fs::write(
        dir.path().join("leak.c"),
        format!("#include \"{}\"\n", secret.display()),
    )
    .unwrap();
    for format in ["human", "json"] {
        let run = judge_in(
            dir.path(),
            cache.path(),
            &["submit", "lru-cache", "leak.c", "--format", format],
            &[],
        );
        assert_eq!(run.code, 1, "{}", run.transcript());
        assert!(
            !run.stdout.contains("quick-brown-fox"),
            "leaked:\n{}",
            run.transcript()
        );
        assert!(
            !run.stderr.contains("quick-brown-fox"),
            "leaked:\n{}",
            run.transcript()
        );
    }
    let etc = dir.path().join("etc.c");
    std::fs::write(&etc, "#include \"/etc/passwd\"\n").unwrap();
    let run = judge_in(
        dir.path(),
        cache.path(),
        &["submit", "lru-cache", "etc.c"],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        !run.stdout.contains("root:x:0:0"),
        "leaked:\n{}",
        run.transcript()
    );
    assert!(
        !run.stderr.contains("root:x:0:0"),
        "leaked:\n{}",
        run.transcript()
    );
}

/// A Latin-1 byte in a C comment is not an error: the bytes reach clang as
/// they are, and the reference solution with such a comment is accepted.
#[test]
fn a_latin1_comment_in_c_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let reference = std::fs::read(repo().join(LRU).join("reference/reference.c")).unwrap();
    let mut source = b"/* caf\xe9: written in Latin-1 */\n".to_vec();
    source.extend_from_slice(&reference);
    std::fs::write(dir.path().join("latin1.c"), source).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let run = judge_in(
        dir.path(),
        cache.path(),
        &["submit", "lru-cache", "latin1.c", "--format", "json"],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.json()["verdict"], "AC");
}

/// Terminal escape sequences a solution prints are shown escaped in the
/// human report, never sent to the terminal.
#[test]
fn escape_sequences_in_program_output_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("noisy.c"),
        r#"typedef struct { int capacity; } LRUCache;

LRUCache *lRUCacheCreate(int capacity) {
    printf("\x1b[2J\x1b]0;owned\x07hello\rworld\n");
    LRUCache *c = malloc(sizeof *c);
    c->capacity = capacity;
    return c;
}
int lRUCacheGet(LRUCache *obj, int key) { return -7; }
void lRUCachePut(LRUCache *obj, int key, int value) {}
void lRUCacheFree(LRUCache *obj) { free(obj); }
"#,
    )
    .unwrap();
    let cache = tempfile::tempdir().unwrap();
    let run = judge_in(
        dir.path(),
        cache.path(),
        &["submit", "lru-cache", "noisy.c"],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(!run.stdout.contains('\x1b'), "{}", run.transcript());
    assert!(!run.stdout.contains('\x07'), "{}", run.transcript());
    assert!(
        run.stdout
            .contains(r"| \x1b[2J\x1b]0;owned\x07hello\rworld"),
        "{}",
        run.transcript()
    );
    snapshot!("submit_escaped_output", run.transcript());
}

/// `judge submit` reads only a regular file within the size cap: a link to
/// /proc/self/environ or /dev/zero, a FIFO and a 100 MB file are usage
/// errors (exit 2) naming the file, at once, with no content quoted.
#[test]
fn submit_refuses_pseudo_files_fifos_and_huge_files() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", dir.path().join("env.c")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.c")).unwrap();
    let status = Command::new("mkfifo")
        .arg(dir.path().join("fifo.c"))
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::File::create(dir.path().join("huge.c"))
        .unwrap()
        .set_len(100 << 20)
        .unwrap();
    let secret = ("JUDGE_TEST_SECRET", "judge-env-canary-submit-88e1");
    let mut transcripts = String::new();
    for file in ["env.c", "zero.c", "fifo.c", "huge.c"] {
        let started = std::time::Instant::now();
        let run = judge_in(
            dir.path(),
            cache.path(),
            &["submit", "lru-cache", file],
            &[secret],
        );
        assert!(
            started.elapsed().as_secs() < 10,
            "{file}: {:?}",
            started.elapsed()
        );
        assert_eq!(run.code, 2, "{file}: {}", run.transcript());
        assert!(!run.transcript().contains(secret.1), "{}", run.transcript());
        transcripts.push_str(&run.transcript());
    }
    snapshot!("submit_hostile_files", transcripts);
}

/// A `--problems` pack holding a FIFO and a link to /dev/zero: a pack error
/// naming each file, within seconds (a FIFO used to hang `judge list`).
#[test]
fn a_pack_with_a_fifo_or_a_device_link_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    for (name, make) in [("fifo-pack", "fifo"), ("zero-pack", "zero")] {
        let pack = dir.path().join(name).join("tiny");
        std::fs::create_dir_all(pack.join("tests")).unwrap();
        let toml = std::fs::read_to_string(repo().join(LRU).join("problem.toml"))
            .unwrap()
            .replace("id = \"lru-cache\"", "id = \"tiny\"");
        std::fs::write(pack.join("problem.toml"), toml).unwrap();
        std::fs::write(pack.join("statement.md"), "A tiny pack.\n").unwrap();
        let bad = pack.join("tests/99-bad.txt");
        if make == "fifo" {
            let status = Command::new("mkfifo").arg(&bad).status().unwrap();
            assert!(status.success());
        } else {
            std::os::unix::fs::symlink("/dev/zero", &bad).unwrap();
        }
        let problems = dir.path().join(name);
        let problems = problems.to_str().unwrap();
        // `list` reads no test data, so it never opens the file.
        let list = judge_in(
            dir.path(),
            cache.path(),
            &["list", "--problems", problems],
            &[],
        );
        assert_eq!(list.code, 0, "{name}: {}", list.transcript());
        // Judging reads the pack's tests: the file is refused, without hanging.
        let reference = repo().join(LRU).join("reference/reference.c");
        let started = std::time::Instant::now();
        let run = judge_in(
            dir.path(),
            cache.path(),
            &[
                "submit",
                "tiny",
                reference.to_str().unwrap(),
                "--problems",
                problems,
            ],
            &[],
        );
        assert!(
            started.elapsed().as_secs() < 10,
            "{name}: {:?}",
            started.elapsed()
        );
        assert_eq!(run.code, 2, "{name}: {}", run.transcript());
        assert!(
            run.stderr.contains("tiny/tests/99-bad.txt: cannot read"),
            "{name}: {}",
            run.transcript()
        );
    }
}

/// A min stack pack with only small tests and `getMin` required O(1).
const SMALL_MIN_STACK: &str = "tests/fixtures/packs/min-stack-small";
/// Its O(n)-getMin solution: accepted, but asymptotically slow.
const SCAN_GETMIN: &str =
    "tests/fixtures/packs/min-stack-small/solutions/time_limit_exceeded/scan-getmin.c";

#[test]
fn an_on_getmin_is_ac_but_fails_its_complexity_check_under_enforce() {
    let cache = tempfile::tempdir().expect("temp dir");
    let args = [
        "--problems",
        SMALL_MIN_STACK,
        "submit",
        "min-stack-small",
        SCAN_GETMIN,
    ];
    let enforce = judge_in(&repo(), cache.path(), &args, &[]);
    assert_eq!(enforce.code, 1, "{}", enforce.transcript());
    assert!(
        enforce.stdout.contains("AC  1/1 tests passed"),
        "{}",
        enforce.transcript()
    );
    assert!(
        enforce
            .stdout
            .contains("`getMin` grows as O(n) (fuel per call"),
        "{}",
        enforce.transcript()
    );
    snapshot!("submit_complexity_fail", enforce.transcript());

    let advisory = judge_in(
        &repo(),
        cache.path(),
        &[&args[..], &["--complexity", "advisory"]].concat(),
        &[],
    );
    assert_eq!(advisory.code, 0, "{}", advisory.transcript());
    assert!(
        advisory.stdout.contains("fail (advisory)"),
        "{}",
        advisory.transcript()
    );

    let off = judge_in(
        &repo(),
        cache.path(),
        &[&args[..], &["--complexity", "off"]].concat(),
        &[],
    );
    assert_eq!(off.code, 0, "{}", off.transcript());
}

#[test]
fn complexity_json_lists_each_method_with_its_points() {
    let cache = tempfile::tempdir().expect("temp dir");
    let run = judge_in(
        &repo(),
        cache.path(),
        &[
            "--problems",
            SMALL_MIN_STACK,
            "submit",
            "min-stack-small",
            SCAN_GETMIN,
            "--format",
            "json",
        ],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    let json = run.json();
    assert_eq!(json["verdict"], "AC");
    let complexity = &json["complexity"];
    assert_eq!(complexity["verdict"], "fail");
    assert_eq!(complexity["mode"], "enforce");
    let methods = complexity["methods"].as_array().expect("methods");
    let method = |name: &str| {
        methods
            .iter()
            .find(|m| m["name"] == name)
            .unwrap_or_else(|| panic!("no {name} in {complexity}"))
    };
    assert_eq!(method("getMin")["required"], "O(1)");
    assert_eq!(method("getMin")["measured"], "O(n)");
    assert_eq!(method("getMin")["verdict"], "fail");
    assert_eq!(method("push")["measured"], "O(1)");
    assert_eq!(method("push")["verdict"], "pass");
    let points = method("getMin")["points"].as_array().expect("points");
    assert_eq!(points.len(), 5, "{complexity}");
    let sizes: Vec<u64> = points.iter().map(|p| p[0].as_u64().unwrap_or(0)).collect();
    assert_eq!(sizes, [250, 500, 1000, 2000, 4000]);
    let fuel = |i: usize| points[i][1].as_f64().unwrap_or(0.0);
    assert!(fuel(4) > 8.0 * fuel(0), "{complexity}");

    let reference = judge_in(
        &repo(),
        cache.path(),
        &[
            "--problems",
            SMALL_MIN_STACK,
            "submit",
            "min-stack-small",
            "tests/fixtures/packs/min-stack-small/reference/reference.c",
            "--format",
            "json",
        ],
        &[],
    );
    assert_eq!(reference.code, 0, "{}", reference.transcript());
    assert_eq!(reference.json()["complexity"]["verdict"], "pass");
}

#[test]
fn plot_is_an_svg_with_one_series_per_method() {
    let cache = tempfile::tempdir().expect("temp dir");
    let svg_path = cache.path().join("curve.svg");
    let svg_arg = svg_path.display().to_string();
    let run = judge_in(
        &repo(),
        cache.path(),
        &[
            "--problems",
            SMALL_MIN_STACK,
            "submit",
            "min-stack-small",
            SCAN_GETMIN,
            "--complexity",
            "advisory",
            "--plot",
            &svg_arg,
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let text = std::fs::read_to_string(&svg_path).expect("the plot was written");
    let doc = roxmltree::Document::parse(&text).expect("the plot is valid XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect();
    for method in ["push", "getMin"] {
        let series = texts
            .iter()
            .filter(|t| t.starts_with(&format!("{method}: ")))
            .count();
        assert_eq!(series, 1, "one measured series for {method}: {texts:?}");
        let reference = texts
            .iter()
            .filter(|t| t.starts_with(&format!("{method} required: O(1)")))
            .count();
        assert_eq!(reference, 1, "one reference line for {method}: {texts:?}");
    }
    let curves = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke-width") == Some("2"))
        // Legend swatches are two-point lines; a curve has a point per size.
        .filter(|n| {
            n.attribute("points")
                .unwrap_or("")
                .split_whitespace()
                .count()
                == 5
        })
        .count();
    assert_eq!(curves, 2, "one curve per method");
}
