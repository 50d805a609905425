//! Practising end to end: `judge run` on one's own cases and the examples,
//! `list` filters and the practice record, completions and the manual,
//! editor support checked by the language tools themselves, and `watch`
//! re-running on a save. Every run uses a private cache and record.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{finish, repo, Home};

/// An LRU cache in C that prints each `get`; `refresh` decides whether a
/// `get` makes its key the most recently used (without it: wrong).
fn lru_c(refresh: bool) -> String {
    let refresh = if refresh {
        "c->used[i] = ++c->clock;"
    } else {
        ""
    };
    format!(
        r#"typedef struct {{ int cap, n, clock; int keys[64], vals[64], used[64]; }} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {{
    LRUCache* c = calloc(1, sizeof *c);
    c->cap = capacity;
    return c;
}}

static int find(LRUCache* c, int key) {{
    for (int i = 0; i < c->n; i++) if (c->keys[i] == key) return i;
    return -1;
}}

int lRUCacheGet(LRUCache* c, int key) {{
    printf("get %d\n", key);
    int i = find(c, key);
    if (i < 0) return -1;
    {refresh}
    return c->vals[i];
}}

void lRUCachePut(LRUCache* c, int key, int value) {{
    int i = find(c, key);
    if (i < 0) {{
        if (c->n < c->cap) i = c->n++;
        else {{
            i = 0;
            for (int j = 1; j < c->n; j++) if (c->used[j] < c->used[i]) i = j;
        }}
        c->keys[i] = key;
    }}
    c->vals[i] = value;
    c->used[i] = ++c->clock;
}}

void lRUCacheFree(LRUCache* c) {{ free(c); }}
"#
    )
}

/// A case where a `get` that does not refresh evicts the wrong key.
const REFRESH_CASE: &str = "Input\n[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"get\"]\n[[2],[1,1],[2,2],[1],[3,3],[2],[1]]\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn run_a_custom_case_that_passes_shows_output_expected_and_prints() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let solution = write(dir.path(), "lru.c", &lru_c(true));
    let case = write(dir.path(), "case.txt", REFRESH_CASE);
    let run = home.judge_in(dir.path(), &["run", "lru-cache", &solution, &case]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    snapshot!("run_custom_pass", run.transcript());
}

#[test]
fn run_a_custom_case_that_fails_shows_the_references_answer() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let solution = write(dir.path(), "lru.c", &lru_c(false));
    let case = write(dir.path(), "case.txt", REFRESH_CASE);
    let run = home.judge_in(dir.path(), &["run", "lru-cache", &solution, &case]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    // The reference's answer, not the solution's.
    assert!(
        run.stdout
            .contains("Expected  [null,null,null,1,null,-1,1]"),
        "{}",
        run.transcript()
    );
    snapshot!("run_custom_fail", run.transcript());
}

#[test]
fn run_without_a_case_runs_the_examples_and_reads_a_case_from_stdin() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let solution = write(dir.path(), "lru.c", &lru_c(true));
    let run = home.judge_in(dir.path(), &["run", "lru-cache", &solution]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let examples = std::fs::read_dir(repo().join("problems/lru-cache/tests"))
        .unwrap()
        .count();
    assert!(
        run.stdout
            .contains(&format!("{examples} of {examples} cases accepted")),
        "{}",
        run.transcript()
    );

    let mut child = home
        .command(dir.path(), &["run", "lru-cache", &solution, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(REFRESH_CASE.as_bytes())
        .unwrap();
    let run = finish(child.wait_with_output().unwrap());
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("case 1  AC"), "{}", run.transcript());
}

#[test]
fn run_a_function_problem_shows_each_call_as_leetcode_writes_it() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    // Returns the head whatever the cycle: right only when pos is 0.
    let solution = write(
        dir.path(),
        "cycle.c",
        "struct ListNode *detectCycle(struct ListNode *head) {\n    return head;\n}\n",
    );
    let case = write(
        dir.path(),
        "case.txt",
        "Input: head = [3,2,0,-4], pos = 1\nOutput: 1\n\nInput: head = [1,2], pos = 0\nOutput: 0\n",
    );
    let run = home.judge_in(
        dir.path(),
        &["run", "linked-list-cycle-ii", &solution, &case],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    snapshot!("run_function_calls", run.transcript());
}

#[test]
fn run_a_stdio_problem_compares_stdout_with_the_references() {
    let home = Home::new();
    let packs = tempfile::tempdir().unwrap();
    let out = packs.path().display().to_string();
    let made = home.judge(&["pack", "new", "sum", "--kind", "stdio", "-o", &out]);
    assert_eq!(made.code, 0, "{}", made.transcript());
    let wrong = std::fs::read_dir(packs.path().join("sum/solutions/wrong_answer"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
        .display()
        .to_string();
    let case = write(packs.path(), "big.txt", "2\n2000000000 2000000000\n");
    let run = home.judge(&["--problems", &out, "run", "sum", &wrong, &case]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains("Expected  4000000000"),
        "{}",
        run.transcript()
    );
    let small = write(packs.path(), "small.txt", "3\n1 2 3\n");
    let run = home.judge(&["--problems", &out, "run", "sum", &wrong, &small]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn a_bad_case_is_a_usage_error_naming_file_and_line() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let solution = write(dir.path(), "lru.c", &lru_c(true));
    let case = write(
        dir.path(),
        "case.txt",
        "Input\n[\"LRUCache\",\"delete\"]\n[[2],[1]]\n",
    );
    let run = home.judge_in(dir.path(), &["run", "lru-cache", &solution, "case.txt"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("case.txt:1: "), "{}", run.transcript());
    let _ = case;
}

#[test]
fn list_filters_by_tag_and_difficulty_and_shows_the_best_verdict() {
    let home = Home::new();
    let data = tempfile::tempdir().unwrap();
    // The default record lives in XDG_DATA_HOME: this test's own.
    let list = |args: &[&str]| {
        let mut cmd = home.command(&repo(), args);
        cmd.env_remove("JUDGE_PROGRESS")
            .env("XDG_DATA_HOME", data.path());
        finish(cmd.output().unwrap())
    };
    let hard = list(&["list", "--difficulty", "hard"]);
    assert_eq!(hard.code, 0, "{}", hard.transcript());
    let linked = list(&["list", "--tag", "linked-list"]);
    let none = list(&["list", "--tag", "trie", "--difficulty", "easy"]);
    assert_eq!(none.code, 2, "{}", none.transcript());

    let wrong = repo().join("problems/lru-cache/solutions/wrong_answer/get_does_not_refresh.go");
    let mut submit = home.command(
        &repo(),
        &[
            "submit",
            "lru-cache",
            wrong.to_str().unwrap(),
            "--complexity",
            "off",
        ],
    );
    submit
        .env_remove("JUDGE_PROGRESS")
        .env("XDG_DATA_HOME", data.path());
    let submitted = finish(submit.output().unwrap());
    assert_eq!(submitted.code, 1, "{}", submitted.transcript());
    assert!(data.path().join("judge/progress.json").is_file());
    let design = list(&["list", "--tag", "design"]);
    snapshot!(
        "list_filters",
        format!(
            "$ judge list --difficulty hard\n{}\n$ judge list --tag linked-list\n{}\n$ judge list --tag trie --difficulty easy\n{}\n$ judge list --tag design   (after a WA on lru-cache)\n{}",
            hard.transcript(),
            linked.transcript(),
            none.transcript(),
            design.transcript()
        )
    );
}

#[test]
fn completions_generate_for_each_shell_and_the_manual_renders() {
    let home = Home::new();
    let mut summary = String::new();
    for shell in ["bash", "zsh", "fish"] {
        let run = home.judge(&["completions", shell]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        // Fish spells a long flag `-l difficulty`.
        let knows = ["run", "watch", "submit", "difficulty"]
            .iter()
            .all(|word| run.stdout.contains(word));
        assert!(knows, "{shell}:\n{}", run.stdout);
        summary.push_str(&format!(
            "{shell}: {} lines, names run/watch/submit/difficulty: {knows}\n",
            if run.stdout.lines().count() > 10 {
                "over 10"
            } else {
                "few"
            },
        ));
    }
    let bad = home.judge(&["completions", "tcsh"]);
    assert_eq!(bad.code, 2, "{}", bad.transcript());
    let man = home.judge(&["man"]);
    assert_eq!(man.code, 0, "{}", man.transcript());
    assert!(
        man.stdout.starts_with(".ie") || man.stdout.contains(".TH judge"),
        "{}",
        man.stdout
    );
    summary.push_str(&format!(
        "man: has .TH judge: {}\n",
        man.stdout.contains(".TH judge")
    ));
    snapshot!("completions", summary);
}

/// Runs a language tool in `dir`; `None` when it is not installed.
fn tool(dir: &Path, program: &str, args: &[&str], env: &[(&str, &Path)]) -> Option<common::Run> {
    let mut cmd = std::process::Command::new(program);
    cmd.current_dir(dir).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    match cmd.output() {
        Ok(output) => Some(finish(output)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("{program} is not installed: not checked");
            None
        }
        Err(e) => panic!("{program}: {e}"),
    }
}

/// `judge init` in a fresh folder; returns it.
fn init(home: &Home, problem: &str, lang: &str, file: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let run = home.judge_in(dir.path(), &["init", problem, "--lang", lang, "-o", file]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    dir
}

#[test]
fn init_go_passes_go_vet() {
    let home = Home::new();
    for problem in ["lru-cache", "merge-k-sorted-lists"] {
        let dir = init(&home, problem, "go", "solution.go");
        let cache = dir.path().join(".gocache");
        let Some(vet) = tool(
            dir.path(),
            "go",
            &["vet", "."],
            &[("GOCACHE", &cache), ("GOFLAGS", Path::new("-mod=mod"))],
        ) else {
            return;
        };
        assert_eq!(vet.code, 0, "{problem}: go vet:\n{}", vet.transcript());
    }
}

#[test]
fn init_c_and_cpp_pass_clang_syntax_checks_with_the_written_flags() {
    let home = Home::new();
    for (lang, file, clang) in [
        ("c", "solution.c", "clang-19"),
        ("cpp", "solution.cpp", "clang++-19"),
    ] {
        for problem in ["lru-cache", "merge-k-sorted-lists"] {
            let dir = init(&home, problem, lang, file);
            let flags = std::fs::read_to_string(dir.path().join("compile_flags.txt")).unwrap();
            let mut args: Vec<&str> = flags.lines().collect();
            args.extend([
                "-fsyntax-only",
                "-Werror=implicit-function-declaration",
                file,
            ]);
            let Some(check) = tool(dir.path(), clang, &args, &[]) else {
                return;
            };
            assert_eq!(check.code, 0, "{problem} {lang}:\n{}", check.transcript());
        }
    }
}

#[test]
fn init_rust_passes_cargo_check_offline() {
    let home = Home::new();
    let dir = init(&home, "merge-k-sorted-lists", "rust", "solution.rs");
    let target = dir.path().join("target");
    // Offline: `rand` must already be in cargo's local registry (it is
    // wherever `judge toolchain install rust` ran).
    let Some(check) = tool(
        dir.path(),
        "cargo",
        &["check", "--offline", "--quiet"],
        &[("CARGO_TARGET_DIR", &target)],
    ) else {
        return;
    };
    assert_eq!(check.code, 0, "cargo check:\n{}", check.transcript());
}

#[test]
fn init_editor_only_keeps_the_solution_and_check_ignores_editor_files() {
    let home = Home::new();
    let repo_dir = tempfile::tempdir().unwrap();
    let problem_dir = repo_dir.path().join("lru-cache");
    std::fs::create_dir(&problem_dir).unwrap();
    let solution = problem_dir.join("mine.c");
    std::fs::write(&solution, lru_c(true)).unwrap();
    let go = problem_dir.join("other.go");
    std::fs::copy(
        repo().join("problems/lru-cache/solutions/accepted/container_list.go"),
        &go,
    )
    .unwrap();
    for file in [&solution, &go] {
        let run = home.judge_in(
            &problem_dir,
            &[
                "init",
                "lru-cache",
                "--editor-only",
                "-o",
                file.to_str().unwrap(),
            ],
        );
        assert_eq!(run.code, 0, "{}", run.transcript());
    }
    assert_eq!(std::fs::read_to_string(&solution).unwrap(), lru_c(true));
    for name in [
        "compile_flags.txt",
        "judge_prelude.h",
        "go.mod",
        "judge_prelude.go",
    ] {
        assert!(problem_dir.join(name).is_file(), "{name} missing");
    }
    let check = home.judge_in(
        repo_dir.path(),
        &["check", ".", "--format", "json", "--complexity", "off"],
    );
    let json: serde_json::Value = serde_json::from_str(&check.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", check.transcript()));
    let files: Vec<&str> = json["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        ["lru-cache/mine.c", "lru-cache/other.go"],
        "{}",
        check.transcript()
    );
}

#[test]
fn watch_runs_again_when_the_file_is_saved() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let solution = write(dir.path(), "lru.c", &lru_c(false));
    let case = write(dir.path(), "case.txt", REFRESH_CASE);
    let mut child = home
        .command(
            dir.path(),
            &["watch", "lru-cache", &solution, &case, "--runs", "2"],
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let seen = Arc::new(Mutex::new(String::new()));
    let reader = {
        let seen = seen.clone();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let mut seen = seen.lock().unwrap();
                seen.push_str(&line);
                seen.push('\n');
            }
        })
    };
    let wait_for = |needle: &str, child: &mut std::process::Child| {
        let deadline = Instant::now() + Duration::from_secs(180);
        while !seen.lock().unwrap().contains(needle) {
            if Instant::now() > deadline || child.try_wait().unwrap().is_some() {
                let _ = child.kill();
                let _ = child.wait();
                panic!("no `{needle}` in:\n{}", seen.lock().unwrap());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    wait_for("run 1 · watching", &mut child);
    assert!(seen.lock().unwrap().contains("0 of 1 case accepted"));
    // The fix, saved: the second run passes and watch stops (--runs 2).
    std::fs::write(dir.path().join("lru.c"), lru_c(true)).unwrap();
    wait_for("run 2 · watching", &mut child);
    let status = child.wait().unwrap();
    reader.join().unwrap();
    let seen = seen.lock().unwrap();
    assert!(seen.contains("1 of 1 case accepted"), "{seen}");
    assert_eq!(status.code(), Some(0), "{seen}");
}
