//! `judge check` end to end: the built binary over the fixture repository
//! examples/solutions-repo, the way CI runs it. One cold run (fresh cache)
//! warms a cache shared by the other tests, so the suite compiles each
//! solution once; it also proves a second run compiles nothing. Snapshots
//! redact wall times, fuel and temp paths.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

const FIXTURE: &str = "examples/solutions-repo";

/// Every solution file in the fixture, in path order.
const SOLUTIONS: [&str; 16] = [
    "3sum/kim.cpp",
    "c/implement-trie/solution.c",
    "c/lru-cache/broken.c",
    "daily-temperatures/heidi.go",
    "go/lru-cache/frank.go",
    "koko-eating-bananas/ivan.cpp",
    "lru-cache/alice.c",
    "lru-cache/bob.cpp",
    "lru-cache/slow.c",
    "merge-k-sorted-lists/carol.rs",
    "min-stack/dave.cpp",
    "min-stack/erin.c",
    "min-stack/known-bad/strictly-smaller.cpp",
    "misc/stack.go",
    "two-sum/judy.go",
    "valid-parentheses/grace.rs",
];

/// The files whose verdict is not the expected one.
const UNEXPECTED: [&str; 3] = [
    "c/lru-cache/broken.c",
    "lru-cache/bob.cpp",
    "min-stack/erin.c",
];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("judge/ has a parent")
        .to_path_buf()
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

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.transcript()))
    }
}

/// Runs `judge --cache-dir CACHE ARGS...` from the repository root.
fn judge(cache: &Path, args: &[&str]) -> Run {
    judge_in(&repo(), cache, args)
}

fn judge_in(cwd: &Path, cache: &Path, args: &[&str]) -> Run {
    judge_env(cwd, cache, args, &[])
}

/// Like `judge_in`, with extra environment variables.
fn judge_env(cwd: &Path, cache: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = common::judge_binary()
        .envs(env.iter().copied())
        .current_dir(cwd)
        .arg("--cache-dir")
        .arg(cache)
        .args(args)
        .output()
        .expect("the judge binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The cache every test shares, and the JSON of the cold run that filled it.
struct Warm {
    cache: PathBuf,
    cold: Value,
    cold_code: i32,
}

fn warm() -> &'static Warm {
    static WARM: OnceLock<Warm> = OnceLock::new();
    WARM.get_or_init(|| {
        let cache = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("check-cache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&cache);
        let run = judge(&cache, &["check", FIXTURE, "--format", "json"]);
        Warm {
            cold: run.json(),
            cold_code: run.code,
            cache,
        }
    })
}

fn solution<'a>(json: &'a Value, path: &str) -> &'a Value {
    json["solutions"]
        .as_array()
        .expect("solutions")
        .iter()
        .find(|s| s["path"] == path)
        .unwrap_or_else(|| panic!("{path} missing from {json:#}"))
}

fn paths(json: &Value) -> Vec<String> {
    json["solutions"]
        .as_array()
        .expect("solutions")
        .iter()
        .map(|s| s["path"].as_str().expect("path").to_string())
        .collect()
}

macro_rules! snapshot {
    ($name:expr, $text:expr) => {
        insta::with_settings!({
            filters => vec![
                // Columns are right-aligned: the padding depends on the
                // width of the value, so it is redacted with it.
                (r" +\d+\.\d\d s", " [time]"),
                (r" \(\d+(\.\d+)?[KMG]? all\)", " ([fuel] all)"),
                (r#""user_fuel": \d+"#, r#""user_fuel": "[redacted]""#),
                // Measured fuel per call in complexity points, and Go panic
                // addresses and driver lines: exact, but they move with the
                // drivers.
                (r"(?m)^(\s+)\d+\.\d+$", "$1[fuel]"),
                (r"judge_driver\.go:\d+ \+0x[0-9a-f]+", "judge_driver.go:[line]"),
                (r"0x[0-9a-f]+", "[addr]"),
                (r" +\d+(\.\d+)?[KMG]? fuel", " [fuel] fuel"),
                (r#""(wall_ms|fuel|memory_bytes)": \d+"#, r#""$1": "[redacted]""#),
                (r"/tmp/[^\s:`']+", "[tmp]"),
            ],
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!($name, $text);
        });
    };
}

#[test]
fn discovers_every_solution_with_its_verdict_and_expectation() {
    let warm = warm();
    assert_eq!(warm.cold_code, 1, "{:#}", warm.cold);
    assert_eq!(paths(&warm.cold), SOLUTIONS);
    let json = &warm.cold;
    assert_eq!(json["schema"], "judge-check/1");
    assert_eq!(json["passed"], false);
    assert_eq!(json["summary"]["unexpected"], 3);
    let verdict = |path: &str| solution(json, path)["verdict"].as_str().map(str::to_string);
    let status = |path: &str| solution(json, path)["status"].as_str().map(str::to_string);
    // judge.toml's [[expect]] entries: failing as expected is a pass.
    for (path, v) in [
        ("lru-cache/slow.c", "TLE"),
        ("go/lru-cache/frank.go", "RE"),
        ("min-stack/known-bad/strictly-smaller.cpp", "WA"),
    ] {
        assert_eq!(verdict(path).as_deref(), Some(v), "{path}");
        assert_eq!(solution(json, path)["expected"], v);
        assert_eq!(status(path).as_deref(), Some("pass"), "{path}");
    }
    for path in UNEXPECTED {
        assert_eq!(status(path).as_deref(), Some("fail"), "{path}");
    }
    assert_eq!(verdict("c/lru-cache/broken.c").as_deref(), Some("CE"));
    assert_eq!(solution(json, "c/lru-cache/broken.c")["line"], 12);
    // A Go panic's stack trace names the user's line.
    assert_eq!(solution(json, "go/lru-cache/frank.go")["line"], 51);
    // [[map]] puts misc/stack.go on min-stack.
    assert_eq!(solution(json, "misc/stack.go")["problem"], "min-stack");
    assert_eq!(verdict("misc/stack.go").as_deref(), Some("AC"));
    // The misspelled directory warns, suggesting the real id.
    let warnings = json["warnings"].to_string();
    assert!(warnings.contains("lru-cahce") && warnings.contains("`lru-cache`"));
}

#[test]
fn a_second_run_with_the_same_cache_compiles_nothing() {
    let warm = warm();
    let compiled: Vec<&Value> = warm.cold["solutions"]
        .as_array()
        .expect("solutions")
        .iter()
        .filter(|s| s["compiled_from_cache"] == false)
        .collect();
    assert!(
        compiled.len() >= 8,
        "the cold run should compile: {:#}",
        warm.cold
    );
    let run = judge(&warm.cache, &["check", FIXTURE, "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let json = run.json();
    for s in json["solutions"].as_array().expect("solutions") {
        if s["verdict"] == "CE" {
            assert_eq!(s["compiled_from_cache"], Value::Null, "{s:#}");
        } else {
            assert_eq!(s["compiled_from_cache"], true, "{s:#}");
        }
    }
    snapshot!(
        "check_json",
        serde_json::to_string_pretty(&json).expect("json")
    );
}

/// `cached` (the verdict came from the verdict cache) of each solution.
fn cached_flags(run: &Run) -> Vec<(String, bool)> {
    let json = run.json();
    json["solutions"]
        .as_array()
        .expect("solutions")
        .iter()
        .map(|s| {
            let path = s["path"].as_str().expect("path").to_string();
            (path, s["cached"].as_bool().expect("cached is a bool"))
        })
        .collect()
}

#[test]
fn an_unchanged_repository_reruns_nothing_and_a_changed_file_reruns_alone() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let put = |to: &str, from: &str| {
        let to = dir.path().join(to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(repo().join(from), to).unwrap();
    };
    put("lru-cache/a.c", "problems/lru-cache/reference/reference.c");
    put(
        "implement-trie/t.c",
        "problems/implement-trie/reference/reference.c",
    );
    let check = |extra: &[&str]| {
        let run = judge_in(
            dir.path(),
            cache.path(),
            &[&["check", ".", "--format", "json"][..], extra].concat(),
        );
        assert_eq!(run.code, 0, "{}", run.transcript());
        cached_flags(&run)
    };
    let flags = |a: bool, t: bool| {
        vec![
            ("implement-trie/t.c".to_string(), t),
            ("lru-cache/a.c".to_string(), a),
        ]
    };
    assert_eq!(check(&[]), flags(false, false), "cold: everything runs");
    assert_eq!(check(&[]), flags(true, true), "unchanged: nothing runs");
    put(
        "lru-cache/a.c",
        "problems/lru-cache/solutions/accepted/array_by_key.c",
    );
    assert_eq!(check(&[]), flags(false, true), "only the changed file runs");
    assert_eq!(check(&[]), flags(true, true));
    assert_eq!(
        check(&["--no-cache"]),
        flags(false, false),
        "--no-cache runs everything"
    );
}

#[test]
fn junit_has_one_testcase_per_file_and_fails_exactly_the_unexpected() {
    let warm = warm();
    let run = judge(&warm.cache, &["check", FIXTURE, "--format", "junit"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let doc = roxmltree::Document::parse(&run.stdout)
        .unwrap_or_else(|e| panic!("not XML ({e}):\n{}", run.stdout));
    let cases: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    let names: Vec<String> = cases
        .iter()
        .map(|c| c.attribute("name").expect("name").to_string())
        .collect();
    let expected: Vec<String> = SOLUTIONS.iter().map(|p| format!("{FIXTURE}/{p}")).collect();
    assert_eq!(names, expected);
    let mut failed = Vec::new();
    for case in &cases {
        let name = case.attribute("name").expect("name");
        let time: f64 = case
            .attribute("time")
            .expect("time")
            .parse()
            .expect("numeric time");
        assert!(time >= 0.0);
        let fuel = case
            .descendants()
            .find(|n| n.has_tag_name("property") && n.attribute("name") == Some("fuel"))
            .and_then(|n| n.attribute("value"))
            .expect("fuel property");
        fuel.parse::<u64>().expect("numeric fuel");
        if let Some(failure) = case.children().find(|n| n.has_tag_name("failure")) {
            assert!(!failure.attribute("message").expect("message").is_empty());
            failed.push(
                name.strip_prefix(&format!("{FIXTURE}/"))
                    .expect("prefix")
                    .to_string(),
            );
        }
    }
    assert_eq!(failed, UNEXPECTED);
    let bob = cases
        .iter()
        .find(|c| c.attribute("name").is_some_and(|n| n.ends_with("bob.cpp")))
        .expect("bob");
    assert_eq!(bob.attribute("classname"), Some("lru-cache"));
    let message = bob
        .children()
        .find(|n| n.has_tag_name("failure"))
        .and_then(|f| f.attribute("message"))
        .expect("failure message");
    assert!(message.contains("get(2)"), "{message}");
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .expect("testsuite");
    assert_eq!(suite.attribute("tests"), Some("16"));
    assert_eq!(suite.attribute("failures"), Some("3"));
}

#[test]
fn shards_together_cover_every_file_exactly_once() {
    let warm = warm();
    let mut all = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let run = judge(
            &warm.cache,
            &["check", FIXTURE, "--format", "json", "--shard", &shard],
        );
        let json = run.json();
        assert_eq!(json["shard"], shard);
        let these = paths(&json);
        assert!(
            !these.is_empty() && these.len() <= SOLUTIONS.len() / 2,
            "{these:?}"
        );
        all.extend(these);
    }
    let unique: BTreeSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), all.len(), "a file in two shards: {all:?}");
    all.sort();
    assert_eq!(all, SOLUTIONS);
}

#[test]
fn human_report() {
    let warm = warm();
    let run = judge(&warm.cache, &["check", FIXTURE, "--jobs", "2"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    snapshot!("check_human", run.transcript());
}

#[test]
fn github_annotations() {
    let warm = warm();
    let run = judge(&warm.cache, &["check", FIXTURE, "--format", "github"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let errors: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error "))
        .collect();
    assert_eq!(errors.len(), 3, "{}", run.stdout);
    assert!(errors[0].starts_with(&format!(
        "::error file={FIXTURE}/c/lru-cache/broken.c,line=12,"
    )));
    assert!(errors[1].starts_with(&format!("::error file={FIXTURE}/lru-cache/bob.cpp,line=1,")));
    snapshot!("check_github", run.transcript());
}

#[test]
fn fail_fast_starts_nothing_after_the_first_unexpected_verdict() {
    let warm = warm();
    let run = judge(
        &warm.cache,
        &[
            "check",
            FIXTURE,
            "--format",
            "json",
            "--fail-fast",
            "--jobs",
            "1",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    let json = run.json();
    assert_eq!(paths(&json), SOLUTIONS, "every file is still reported");
    // The third file (a compile error) is the first unexpected one.
    assert_eq!(json["summary"]["not_run"], SOLUTIONS.len() - 3);
    assert_eq!(solution(&json, "misc/stack.go")["status"], "not_run");
}

#[test]
fn a_bad_judge_toml_exits_2_naming_the_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = dir.path().join("cache");
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(repo.join("lru-cache")).expect("mkdir");
    std::fs::write(repo.join("lru-cache/a.go"), "package main\n").expect("write");
    let check = |toml: &str| {
        std::fs::write(repo.join("judge.toml"), toml).expect("write");
        judge_in(&repo, &cache, &["check"])
    };
    let run = check("ignore = []\n\n[[expect]]\npath = \"lru-cache/a.go\"\nverdit = \"WA\"\n");
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("judge.toml:5:"), "{}", run.stderr);
    assert!(run.stderr.contains("verdit"), "{}", run.stderr);
    let run = check("[[map]]\npath = \"x.go\"\nproblem = \"lru-cach\"\n");
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("judge.toml:3:"), "{}", run.stderr);
    assert!(run.stderr.contains("`lru-cache`"), "{}", run.stderr);
    let run = check("[[expect]]\npath = \"lru-cache/a.go\"\nverdict = \"SLOW\"\n");
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("judge.toml:3:"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = judge(dir.path(), &["check", "no/such/dir"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("no/such/dir"), "{}", run.stderr);
    for bad in ["0/3", "4/3", "x"] {
        let run = judge(dir.path(), &["check", FIXTURE, "--shard", bad]);
        assert_eq!(run.code, 2, "{bad}: {}", run.transcript());
        assert!(run.stderr.contains("K/N"), "{}", run.stderr);
    }
}

#[test]
fn skips_hidden_build_and_non_solution_files_and_warns_on_near_misses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path().join("repo");
    for path in [
        ".git/lru-cache/a.go",
        "target/lru-cache/b.go",
        "node_modules/lru-cache/c.go",
        "lru-cahce/d.go",
        "lru-cache/notes.md",
        "go/scratch.go",
    ] {
        let file = repo.join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(&file, "package main\n").expect("write");
    }
    let run = judge_in(
        &repo,
        &dir.path().join("cache"),
        &["check", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.json()["solutions"], Value::Array(vec![]));
    assert!(
        run.stderr.contains("`lru-cahce/` is not a known problem")
            && run.stderr.contains("`lru-cache`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("go/"), "{}", run.stderr);
}

/// An environment variable only the hostile-input tests set: its value must
/// never appear in a report.
const SECRET_VAR: (&str, &str) = ("JUDGE_TEST_SECRET", "judge-env-canary-7f3a9c");
const HOST_CANARY: &str = "judge-host-file-canary-51d2";

/// A repository whose solutions are links to a host file, to
/// /proc/self/environ and to /dev/zero, and a FIFO: each is its own input
/// error (CE naming the file), in every format, with no content quoted.
#[test]
fn linked_fifo_and_device_solutions_are_input_errors_that_leak_nothing() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let host = dir.path().join("host-secret.txt");
    std::fs::write(&host, format!("{HOST_CANARY}\n")).unwrap();
    let root = dir.path().join("repo");
    let lru = root.join("lru-cache");
    std::fs::create_dir_all(&lru).unwrap();
    symlink(&host, lru.join("pw.c")).unwrap();
    symlink("/proc/self/environ", lru.join("env.c")).unwrap();
    symlink("/dev/zero", lru.join("zero.c")).unwrap();
    nix_mkfifo(&lru.join("fifo.c"));
    let cache = tempfile::tempdir().unwrap();
    let files = ["env.c", "fifo.c", "pw.c", "zero.c"];
    for format in ["human", "json", "junit", "github"] {
        let started = std::time::Instant::now();
        let run = judge_env(
            &root,
            cache.path(),
            &["check", "--format", format],
            &[SECRET_VAR],
        );
        assert!(
            started.elapsed().as_secs() < 20,
            "{format} took {:?}",
            started.elapsed()
        );
        assert_eq!(run.code, 1, "{format}: {}", run.transcript());
        let all = run.transcript();
        assert!(
            !all.contains(HOST_CANARY),
            "{format} leaked the host file:\n{all}"
        );
        assert!(
            !all.contains(SECRET_VAR.1),
            "{format} leaked the environment:\n{all}"
        );
        for file in files {
            assert!(
                run.stdout.contains(&format!("lru-cache/{file}")),
                "{format}: {file} missing:\n{all}"
            );
        }
        match format {
            "json" => {
                let json = run.json();
                for file in files {
                    let s = solution(&json, &format!("lru-cache/{file}"));
                    assert_eq!(s["verdict"], "CE", "{s:#}");
                }
            }
            "human" => {
                snapshot!("check_hostile_links", run.transcript());
            }
            _ => {}
        }
    }
}

fn nix_mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

/// `judge.toml` is read under the same rule: a link to /proc/self/environ
/// is a configuration error naming the file, without its content.
#[test]
fn a_linked_judge_toml_is_refused_without_its_content() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", dir.path().join("judge.toml")).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let run = judge_env(dir.path(), cache.path(), &["check"], &[SECRET_VAR]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("judge.toml: cannot read"),
        "{}",
        run.transcript()
    );
    assert!(
        !run.transcript().contains(SECRET_VAR.1),
        "{}",
        run.transcript()
    );
}

/// Names that are not UTF-8 are reported, not skipped: a solution file is
/// its own CE result, a directory a warning.
#[test]
fn names_that_are_not_utf8_are_reported() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let lru = dir.path().join("lru-cache");
    std::fs::create_dir_all(lru.join(OsStr::from_bytes(b"sub\xff"))).unwrap();
    std::fs::write(lru.join(OsStr::from_bytes(b"caf\xe9.c")), "int x;\n").unwrap();
    std::fs::write(lru.join(OsStr::from_bytes(b"sub\xff/a.c")), "int x;\n").unwrap();
    let cache = tempfile::tempdir().unwrap();
    let run = judge_env(
        dir.path(),
        cache.path(),
        &["check", "--format", "json"],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    let json = run.json();
    for path in ["lru-cache/caf\u{fffd}.c", "lru-cache/sub\u{fffd}/a.c"] {
        let s = solution(&json, path);
        assert_eq!(s["verdict"], "CE", "{s:#}");
        assert_eq!(s["status"], "fail", "{s:#}");
    }
    let warnings = json["warnings"].to_string();
    assert!(warnings.contains("not UTF-8"), "{warnings}");
}

/// A solution over the 1 MiB cap (a 100 MB file) is an input error at once,
/// without being read.
#[test]
fn an_oversized_solution_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let lru = dir.path().join("lru-cache");
    std::fs::create_dir_all(&lru).unwrap();
    let file = std::fs::File::create(lru.join("huge.c")).unwrap();
    file.set_len(100 << 20).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let run = judge_env(
        dir.path(),
        cache.path(),
        &["check", "--format", "json"],
        &[],
    );
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    assert_eq!(run.code, 1, "{}", run.transcript());
    let s = solution(&run.json(), "lru-cache/huge.c").clone();
    assert_eq!(s["verdict"], "CE", "{s:#}");
    assert!(
        s["message"].as_str().unwrap().contains("1 MiB limit"),
        "{s:#}"
    );
}

/// `**` repeated 25 times against a file 17 directories deep: globset
/// matches in linear time (the old matcher took minutes).
#[test]
fn a_glob_of_many_double_stars_is_fast() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir.path().join(format!("{}lru-cache", "d/".repeat(16)));
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("x.c"), "int x;\n").unwrap();
    let pattern = format!("{}nothing.c", "**/".repeat(25));
    std::fs::write(
        dir.path().join("judge.toml"),
        format!("ignore = [\"{pattern}\", \"d/**/x.c\"]\n"),
    )
    .unwrap();
    let cache = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let run = judge_env(
        dir.path(),
        cache.path(),
        &["check", "--format", "json"],
        &[],
    );
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.json()["solutions"].as_array().unwrap().is_empty());
}

/// A solutions repository holding one accepted O(n)-getMin min stack for
/// the small-tests fixture pack.
fn complexity_repo(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("min-stack-small");
    std::fs::create_dir_all(&folder).expect("mkdir");
    std::fs::copy(
        repo().join(
            "tests/fixtures/packs/min-stack-small/solutions/time_limit_exceeded/scan-getmin.c",
        ),
        folder.join("scan.c"),
    )
    .expect("copy the solution");
    if let Some(text) = config {
        std::fs::write(dir.path().join("judge.toml"), text).expect("write judge.toml");
    }
    dir
}

const SMALL_MIN_STACK: &str = "tests/fixtures/packs/min-stack-small";

#[test]
fn a_complexity_failure_fails_junit_json_and_github_under_enforce() {
    let solutions = complexity_repo(None);
    let dir = solutions.path().display().to_string();
    let cache = tempfile::tempdir().expect("temp dir");
    let check = |extra: &[&str]| {
        judge(
            cache.path(),
            &[&["--problems", SMALL_MIN_STACK, "check", &dir][..], extra].concat(),
        )
    };

    let junit = check(&["--format", "junit"]);
    assert_eq!(junit.code, 1, "{}", junit.transcript());
    let doc = roxmltree::Document::parse(&junit.stdout).expect("valid XML");
    let failure = doc
        .descendants()
        .find(|n| n.has_tag_name("failure"))
        .unwrap_or_else(|| panic!("no <failure>:\n{}", junit.stdout));
    let message = failure.attribute("message").unwrap_or("");
    assert!(message.contains("complexity check fails"), "{message}");
    assert!(message.contains("`getMin` grows as O(n)"), "{message}");
    assert_eq!(failure.attribute("type"), Some("AC/CX"));

    let json = check(&["--format", "json"]);
    assert_eq!(json.code, 1, "{}", json.transcript());
    let value = json.json();
    let solution = &value["solutions"][0];
    assert_eq!(solution["verdict"], "AC");
    assert_eq!(solution["status"], "fail");
    assert_eq!(solution["complexity"]["verdict"], "fail");

    let github = check(&["--format", "github"]);
    assert_eq!(github.code, 1, "{}", github.transcript());
    assert!(
        github.stdout.contains("::error file=") && github.stdout.contains("complexity"),
        "{}",
        github.stdout
    );

    let advisory = check(&["--complexity", "advisory"]);
    assert_eq!(advisory.code, 0, "{}", advisory.transcript());
}

#[test]
fn judge_toml_sets_the_complexity_mode_and_the_flag_wins() {
    let solutions = complexity_repo(Some("complexity = \"advisory\"\n"));
    let dir = solutions.path().display().to_string();
    let cache = tempfile::tempdir().expect("temp dir");
    let run = judge(
        cache.path(),
        &["--problems", SMALL_MIN_STACK, "check", &dir],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = judge(
        cache.path(),
        &[
            "--problems",
            SMALL_MIN_STACK,
            "check",
            &dir,
            "--complexity",
            "enforce",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());

    let bad = complexity_repo(Some("\n\ncomplexity = \"strict\"\n"));
    let run = judge(
        cache.path(),
        &[
            "--problems",
            SMALL_MIN_STACK,
            "check",
            &bad.path().display().to_string(),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("judge.toml:3"), "{}", run.stderr);
}
