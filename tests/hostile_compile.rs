//! The compile step under attack, end to end through the `judge` binary:
//! caches that someone else can write (forged or swapped entries, planted
//! directories, no HOME), compiles interrupted by SIGINT or SIGKILL (no
//! compiler and no build directory may outlive the judge), and programs
//! whose imports or `_start` the sandbox refuses (a compile error naming
//! them, not the judge's fault).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("judge/ has a parent")
        .to_path_buf()
}

/// `judge` from the repository root, with a clean environment for caches.
fn judge_command(args: &[&str]) -> Command {
    let mut cmd = common::judge_binary();
    cmd.current_dir(repo())
        .args(args)
        // The practice record `submit` keeps: the tests', not the user's.
        .env(
            "JUDGE_PROGRESS",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-progress.json"),
        );
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", self.stdout, self.stderr))
    }
}

fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `judge --cache-dir <cache> submit <problem> <file> --format json`.
fn submit(cache: &Path, problem: &str, file: &Path) -> Run {
    let cache = cache.to_str().unwrap();
    let file = file.to_str().unwrap();
    finish(
        judge_command(&[
            "--cache-dir",
            cache,
            "submit",
            problem,
            file,
            "--format",
            "json",
        ])
        .output()
        .unwrap(),
    )
}

fn lru(relative: &str) -> PathBuf {
    repo().join("problems/lru-cache").join(relative)
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

// ------------------------------------------------------------------ caches

/// The bytes of the regular files under `dir` and its real subfolders.
fn regular_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    for path in files_in(dir) {
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.is_dir() {
            total += regular_bytes(&path);
        } else if meta.is_file() {
            total += meta.len();
        }
    }
    total
}

#[test]
fn a_bounded_function_cache_stays_under_its_bound_and_touches_nothing_outside() {
    let tmp = tempfile::tempdir().unwrap();
    let functions = tmp.path().join("functions");
    let max = 16 << 10;
    // Planted in the cache: a symlink to a file outside it, and a symlinked
    // fan-out folder. Eviction neither follows nor deletes them.
    let outside = tmp.path().join("outside");
    std::fs::create_dir_all(outside.join("folder")).unwrap();
    std::fs::write(outside.join("victim"), vec![1u8; 100 << 10]).unwrap();
    std::fs::write(outside.join("folder/victim"), vec![1u8; 100 << 10]).unwrap();
    std::fs::create_dir_all(functions.join("functions/00")).unwrap();
    std::fs::set_permissions(&functions, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::symlink(outside.join("victim"), functions.join("functions/00/link"))
        .unwrap();
    std::os::unix::fs::symlink(outside.join("folder"), functions.join("functions/ff")).unwrap();
    // The function cache is sealed under the shared store's key, which
    // lives outside it: eviction must leave that key alone too.
    let shared_key = tmp.path().join("state/shared.key");
    let reference = lru("reference/reference.c");
    for round in 0..2 {
        // A fresh --cache-dir: the module is compiled again, through the
        // bounded function cache (evicted functions compile again).
        let cache = tmp.path().join(format!("cache{round}"));
        let run = finish(
            judge_command(&[
                "--cache-dir",
                cache.to_str().unwrap(),
                "submit",
                "lru-cache",
                reference.to_str().unwrap(),
            ])
            .env("JUDGE_FUNCTION_CACHE", &functions)
            .env("JUDGE_FUNCTION_CACHE_MAX", "16K")
            .env("JUDGE_SHARED_CACHE", tmp.path().join("shared"))
            .env("JUDGE_SHARED_KEY", &shared_key)
            .output()
            .unwrap(),
        );
        assert_eq!(
            run.code, 0,
            "round {round}:\n{}\n{}",
            run.stdout, run.stderr
        );
        let bytes = regular_bytes(&functions.join("functions"));
        assert!(
            (1..=max).contains(&bytes),
            "round {round}: {bytes} bytes of entries, bound {max}"
        );
    }
    assert_eq!(
        std::fs::read(outside.join("victim")).unwrap().len(),
        100 << 10
    );
    assert_eq!(
        std::fs::read(outside.join("folder/victim")).unwrap().len(),
        100 << 10
    );
    assert!(functions
        .join("functions/00/link")
        .symlink_metadata()
        .is_ok());
    assert!(shared_key.is_file(), "the function cache's key was evicted");
}

#[test]
fn an_edited_expected_output_is_recomputed() {
    let cache = tempfile::tempdir().unwrap();
    let reference = lru("reference/reference.c");
    // A shared store of this test's own, filled by the first submit (a
    // warm one would answer and leave the cache directory without entries).
    let store = cache.path().join("shared");
    let key = tempfile::tempdir().unwrap();
    let key = key.path().join("shared.key");
    let submit_with_store = |extra: &[&str]| {
        let mut args = vec!["--cache-dir", cache.path().to_str().unwrap(), "submit"];
        args.extend(["lru-cache", reference.to_str().unwrap()]);
        args.extend(["--format", "json"]);
        args.extend(extra);
        finish(
            judge_command(&args)
                .env("JUDGE_SHARED_CACHE", &store)
                .env("JUDGE_SHARED_KEY", &key)
                .output()
                .unwrap(),
        )
    };
    assert_eq!(submit_with_store(&[]).code, 0);
    let entries = files_in(&cache.path().join("expected"));
    assert!(!entries.is_empty(), "generated tests cache their answers");
    let shared = files_in(&store.join("expected"));
    assert_eq!(shared.len(), entries.len(), "and share them");
    for path in entries.into_iter().chain(shared) {
        // Whatever wraps it, every stored answer is replaced by a forged one
        // of the same shape (the stored form is in `harness/src/prepared.rs`).
        let bytes = std::fs::read(&path).unwrap();
        let edited = forge_prepared_answers(&bytes).expect("the entry holds prepared calls");
        std::fs::write(&path, edited).unwrap();
    }
    // A real run (not the verdict cache) reads the edited entries.
    let again = submit_with_store(&["--no-cache"]);
    assert_eq!(again.json()["verdict"], "AC", "{}", again.stdout);
}

/// `bytes` with the prepared-calls payload's answers (`JPC1`, the stdin,
/// a count, then each answer, each chunk after its little-endian `u64`
/// length) all replaced by `424242`; what precedes the payload is kept.
fn forge_prepared_answers(bytes: &[u8]) -> Option<Vec<u8>> {
    let at = bytes.windows(4).position(|w| w == b"JPC1")?;
    let mut rest = &bytes[at + 4..];
    let mut take = |n: usize| -> Option<&[u8]> {
        let (head, tail) = (rest.get(..n)?, rest.get(n..)?);
        rest = tail;
        Some(head)
    };
    let u64_at = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap()) as usize;
    let stdin_len = u64_at(take(8)?);
    let stdin = take(stdin_len)?.to_vec();
    let count = u64_at(take(8)?);
    let mut out = bytes[..at + 4].to_vec();
    out.extend((stdin.len() as u64).to_le_bytes());
    out.extend(&stdin);
    out.extend((count as u64).to_le_bytes());
    for _ in 0..count {
        let len = u64_at(take(8)?);
        take(len)?;
        out.extend(6u64.to_le_bytes());
        out.extend(b"424242");
    }
    Some(out)
}

#[test]
fn a_swapped_compiled_module_is_recompiled_not_executed() {
    let cache = tempfile::tempdir().unwrap();
    let compiled = cache.path().join("compiled");
    let reference = lru("reference/reference.c");
    assert_eq!(submit(cache.path(), "lru-cache", &reference).code, 0);
    let accepted = files_in(&compiled);
    let wrong = lru("solutions/runtime_error/modulo_by_zero.c");
    assert_eq!(
        submit(cache.path(), "lru-cache", &wrong).json()["verdict"],
        "RE"
    );
    let wrong_entry = files_in(&compiled)
        .into_iter()
        .find(|p| !accepted.contains(p))
        .unwrap();
    for entry in &accepted {
        std::fs::copy(&wrong_entry, entry).unwrap();
    }
    let again = submit(cache.path(), "lru-cache", &reference);
    let json = again.json();
    assert_eq!(json["verdict"], "AC", "{}", again.stdout);
    assert_eq!(json["compiled_from_cache"], false);
}

#[test]
fn a_cache_others_can_write_or_own_is_refused_with_a_warning() {
    let reference = lru("reference/reference.c");
    let loose = tempfile::tempdir().unwrap();
    std::fs::set_permissions(loose.path(), std::fs::Permissions::from_mode(0o775)).unwrap();
    let run = submit(loose.path(), "lru-cache", &reference);
    assert_eq!(run.json()["verdict"], "AC");
    assert!(
        run.stderr.contains("writable by group or others") && run.stderr.contains("without it"),
        "{}",
        run.stderr
    );
    assert!(files_in(&loose.path().join("compiled")).is_empty());

    if nix_is_root() {
        let foreign = tempfile::tempdir().unwrap();
        std::os::unix::fs::chown(foreign.path(), Some(65534), Some(65534)).unwrap();
        let run = submit(foreign.path(), "lru-cache", &reference);
        assert_eq!(run.json()["verdict"], "AC");
        assert!(
            run.stderr.contains("belongs to another user"),
            "{}",
            run.stderr
        );
    }
}

fn nix_is_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false)
}

#[test]
fn without_home_no_shared_temp_cache_is_used() {
    let tmp = tempfile::tempdir().unwrap();
    let reference = lru("reference/reference.c");
    let output = judge_command(&["submit", "lru-cache", reference.to_str().unwrap()])
        .env_remove("HOME")
        .env_remove("XDG_CACHE_HOME")
        .env_remove("JUDGE_GO_CACHE")
        .env_remove("JUDGE_FUNCTION_CACHE")
        .env_remove("JUDGE_SHARED_CACHE")
        .env_remove("JUDGE_SHARED_KEY")
        .env("TMPDIR", tmp.path())
        .output()
        .unwrap();
    let run = finish(output);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("HOME is not set"), "{}", run.stderr);
    let left: Vec<PathBuf> = files_in(tmp.path());
    assert!(left.is_empty(), "the judge left {left:?} in the temp dir");
}

// ------------------------------------------------------------ interruption

/// Processes whose working directory is under `dir` (the compiles of a
/// judge whose TMPDIR is `dir`).
fn processes_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let cwd = std::fs::read_link(entry.path().join("cwd"));
        if cwd.is_ok_and(|c| c.starts_with(dir)) {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            found.push(String::from_utf8_lossy(&cmdline).replace('\0', " "));
        }
    }
    found
}

fn wait_for(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Starts `judge submit` on a Rust file whose constant takes minutes to
/// evaluate, and waits until the compiler runs.
fn start_slow_compile(tmp: &Path, cache: &Path) -> Option<Child> {
    if Command::new("rustc").arg("--version").output().is_err() {
        eprintln!("skipping: no rustc");
        return None;
    }
    let source = tmp.join("spin.rs");
    std::fs::write(&source, SPIN_RS).unwrap();
    let child = judge_command(&[
        "--cache-dir",
        cache.to_str().unwrap(),
        "submit",
        "lru-cache",
        source.to_str().unwrap(),
    ])
    .env("TMPDIR", tmp)
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    wait_for("the compiler to start", Duration::from_secs(30), || {
        processes_under(tmp).iter().any(|p| p.contains("rustc"))
    });
    Some(child)
}

const SPIN_RS: &str = r#"
#[allow(long_running_const_eval)]
const SPIN: i32 = {
    let mut i = 0u64;
    let mut x = 0u64;
    while i < 40_000_000_000 {
        x = x.wrapping_mul(31).wrapping_add(i);
        i += 1;
    }
    x as i32
};

struct LRUCache {}

impl LRUCache {
    fn new(_capacity: i32) -> Self {
        LRUCache {}
    }
    fn get(&self, key: i32) -> i32 {
        key + SPIN
    }
    fn put(&self, _key: i32, _value: i32) {}
}
"#;

fn build_dirs(tmp: &Path) -> Vec<PathBuf> {
    files_in(tmp)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("judge-build-"))
        })
        .collect()
}

#[test]
fn sigint_during_a_compile_leaves_no_compiler_and_no_build_dir() {
    let (tmp, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let Some(mut judge) = start_slow_compile(tmp.path(), cache.path()) else {
        return;
    };
    let started = Instant::now();
    Command::new("kill")
        .args(["-INT", &judge.id().to_string()])
        .status()
        .unwrap();
    let status = judge.wait().unwrap();
    eprintln!(
        "judge exited {status:?} {:?} after SIGINT",
        started.elapsed()
    );
    assert_eq!(status.code(), Some(130));
    wait_for("the compiler to die", Duration::from_secs(5), || {
        processes_under(tmp.path()).is_empty()
    });
    assert_eq!(build_dirs(tmp.path()), Vec::<PathBuf>::new());
}

#[test]
fn sigkill_during_a_compile_leaves_no_compiler_and_the_next_judge_cleans_up() {
    let (tmp, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let Some(mut judge) = start_slow_compile(tmp.path(), cache.path()) else {
        return;
    };
    judge.kill().unwrap();
    judge.wait().unwrap();
    wait_for("the compiler to die", Duration::from_secs(5), || {
        processes_under(tmp.path()).is_empty()
    });
    assert!(
        !build_dirs(tmp.path()).is_empty(),
        "SIGKILL cannot clean up"
    );
    let list = judge_command(&["list"])
        .env("TMPDIR", tmp.path())
        .output()
        .unwrap();
    assert!(list.status.success());
    assert_eq!(build_dirs(tmp.path()), Vec::<PathBuf>::new());
}

// ------------------------------------------------- refused imports/exports

/// Each submission compiles, but its module imports or exports what the
/// sandbox refuses: a compile error that names it.
#[test]
fn refused_imports_and_exports_are_compile_errors_naming_them() {
    let cases: [(&str, &str, &str); 5] = [
        ("extern.rs", RUST_EXTERN, "judge_missing_helper"),
        ("import.c", C_IMPORT, "host_thing"),
        ("import.go", GO_IMPORT, "host_thing"),
        ("wasi.c", C_WRONG_WASI, "clock_res_get"),
        ("start.c", C_START, "_start"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    for (file, source, name) in cases {
        let path = dir.path().join(file);
        std::fs::write(&path, source).unwrap();
        let run = submit(cache.path(), "lru-cache", &path);
        let json = run.json();
        if json["verdict"] == "IE"
            && json["message"]
                .as_str()
                .is_some_and(|m| m.contains("toolchain install"))
        {
            eprintln!("skipping {file}: no toolchain");
            continue;
        }
        assert_eq!(json["verdict"], "CE", "{file}: {}", run.stdout);
        assert_eq!(run.code, 1, "{file}");
        let message = json["message"].as_str().unwrap_or_default();
        assert!(message.contains(name), "{file}: {message}");
        eprintln!("{file}: {message}");
    }
}

const RUST_EXTERN: &str = r#"
extern "C" {
    fn judge_missing_helper(x: i32) -> i32;
}

struct LRUCache {
    c: i32,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { c: unsafe { judge_missing_helper(capacity) } }
    }
    fn get(&self, key: i32) -> i32 {
        self.c + key
    }
    fn put(&self, _key: i32, _value: i32) {}
}
"#;

const C_IMPORT: &str = r#"
__attribute__((import_module("env"), import_name("host_thing"))) int host_thing(int);

typedef struct { int c; } LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* o = malloc(sizeof *o);
    o->c = host_thing(capacity);
    return o;
}
int lRUCacheGet(LRUCache* obj, int key) { return obj->c + key; }
void lRUCachePut(LRUCache* obj, int key, int value) {}
void lRUCacheFree(LRUCache* obj) { free(obj); }
"#;

const GO_IMPORT: &str = r#"
//go:wasmimport env host_thing
func hostThing(x int32) int32

type LRUCache struct{ c int }

func Constructor(capacity int) LRUCache { return LRUCache{c: int(hostThing(int32(capacity)))} }
func (this *LRUCache) Get(key int) int { return this.c + key }
func (this *LRUCache) Put(key int, value int) {}
"#;

const C_WRONG_WASI: &str = r#"
__attribute__((import_module("wasi_snapshot_preview1"), import_name("clock_res_get")))
long long wrong_clock(long long, long long, long long);

typedef struct { int c; } LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* o = malloc(sizeof *o);
    o->c = (int)wrong_clock(capacity, 1, 2);
    return o;
}
int lRUCacheGet(LRUCache* obj, int key) { return obj->c + key; }
void lRUCachePut(LRUCache* obj, int key, int value) {}
void lRUCacheFree(LRUCache* obj) { free(obj); }
"#;

const C_START: &str = r#"
typedef struct { int c; } LRUCache;

__attribute__((export_name("_start"))) int my_start(int x) { return x; }

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* o = malloc(sizeof *o);
    o->c = capacity;
    return o;
}
int lRUCacheGet(LRUCache* obj, int key) { return obj->c + key; }
void lRUCachePut(LRUCache* obj, int key, int value) {}
void lRUCacheFree(LRUCache* obj) { free(obj); }
"#;
