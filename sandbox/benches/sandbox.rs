//! Sandbox benchmark: what one judged run costs in the wasmtime sandbox,
//! next to what a process-per-test judge pays to spawn a native binary, and
//! what the on-disk compiled-module cache saves when loading a Go module.
//!
//! It exists to keep two claims honest, in one table from one run:
//! a sandboxed run of a trivial program is at least 20x cheaper than
//! fork+exec of the same program built natively, and loading a compiled Go
//! module from the disk cache is at least 100x cheaper than compiling it.
//!
//! Plain `std::time::Instant`, a warm-up, then N timed iterations reported
//! as median and mean; no bench framework, so it builds fast. The guests are
//! compiled at start into a temporary directory (clang for wasm32-wasi, Go
//! for wasip1, cc for the native baseline); a missing toolchain skips its
//! rows with a note instead of failing.
//!
//! `cargo bench -p sandbox --bench sandbox` runs it in full. Without
//! `--bench` (as `cargo test --benches` runs it) it does a quick smoke pass
//! that only checks every row still works.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use sandbox::{CacheStatus, Limits, Outcome, Program, RunEnd, RunRequest, Sandbox, SandboxConfig};

/// The trivial C guest: reads one line of stdin, writes one line.
const C_SOURCE: &str = r#"#include <stdio.h>
int main(void) {
    char line[256];
    if (!fgets(line, sizeof line, stdin)) line[0] = '\0';
    printf("hello %s", line);
    return 0;
}
"#;

/// The trivial Go guest: prints one line.
const GO_SOURCE: &str = r#"package main

import "fmt"

func main() {
	fmt.Println("hello go")
}
"#;

const STDIN: &[u8] = b"bench\n";
const C_EXPECTED: &[u8] = b"hello bench\n";
const GO_EXPECTED: &[u8] = b"hello go\n";

/// Targets the table is checked against.
const SPAWN_OVER_RUN_TARGET: f64 = 20.0;
const COMPILE_OVER_CACHED_TARGET: f64 = 100.0;

/// Warm-up and timed iteration counts for each kind of row.
struct Plan {
    full: bool,
    run_warmup: usize,
    run_iters: usize,
    go_run_iters: usize,
    spawn_warmup: usize,
    spawn_iters: usize,
    compile_iters: usize,
    load_iters: usize,
}

const FULL: Plan = Plan {
    full: true,
    run_warmup: 50,
    run_iters: 1000,
    go_run_iters: 200,
    spawn_warmup: 20,
    spawn_iters: 300,
    compile_iters: 5,
    load_iters: 30,
};

const SMOKE: Plan = Plan {
    full: false,
    run_warmup: 1,
    run_iters: 3,
    go_run_iters: 3,
    spawn_warmup: 1,
    spawn_iters: 3,
    compile_iters: 1,
    load_iters: 3,
};

/// Median and mean of one row's timed iterations.
struct Stats {
    iters: usize,
    median: Duration,
    mean: Duration,
}

struct Row {
    name: String,
    stats: Stats,
    fuel: Option<u64>,
}

fn main() {
    let plan = if std::env::args().any(|a| a == "--bench") {
        FULL
    } else {
        SMOKE
    };
    let work = tempfile::tempdir().expect("cannot create a temporary directory");
    let mut rows: Vec<Row> = Vec::new();
    let mut skipped: Vec<String> = Vec::new();

    println!("sandbox benchmark (wasmtime {})", sandbox::WASMTIME_VERSION);
    if !plan.full {
        println!(
            "smoke mode: few iterations; run `cargo bench -p sandbox --bench sandbox` to measure"
        );
    }
    println!(
        "host: {} CPUs; guests built in {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        work.path().display()
    );

    let c_wasm = build_c_wasm(work.path());
    let go_wasm = build_go_wasm(work.path());
    let native = build_native_c(work.path());
    for (what, built) in [("C wasm32-wasi", &c_wasm), ("Go wasip1", &go_wasm)] {
        match built {
            Ok(bytes) => println!("built {what}: {} bytes", bytes.len()),
            Err(e) => println!("SKIP {what} rows: {e}"),
        }
    }
    match &native {
        Ok(path) => println!("built native C: {}", path.display()),
        Err(e) => println!("SKIP native C row: {e}"),
    }
    println!();

    let sandbox = Sandbox::new(SandboxConfig::default()).expect("cannot create the sandbox");
    let limits = Limits::default();

    // 1. Per-run cost of the sandbox on the trivial C module.
    let mut c_run = None;
    match &c_wasm {
        Ok(wasm) => {
            let program = sandbox.load(wasm).expect("the C module loads");
            // On a runner thread, as the judge runs its tests.
            let (stats, fuel) = std::thread::scope(|scope| {
                sandbox
                    .spawn_runner(scope, || {
                        bench_runs(&program, limits, &plan, plan.run_iters, C_EXPECTED)
                    })
                    .expect("runner thread")
                    .join()
                    .expect("bench runs")
            });
            c_run = Some(stats.median);
            rows.push(Row {
                name: "sandbox run: C (store+instantiate+_start)".into(),
                stats,
                fuel: Some(fuel),
            });
        }
        Err(_) => skipped.push("sandbox run: C".into()),
    }

    // Diagnostic: the host thread `Program::run` spawns per run for the wasm
    // stack, alone, with the same stack size.
    let stack = SandboxConfig::default().max_wasm_stack + (8 << 20);
    let stats = measure(
        plan.run_warmup,
        plan.run_iters,
        || spawn_thread(stack),
        |&v| assert_eq!(v, 1),
    );
    let thread = stats.median;
    rows.push(Row {
        name: format!("  thread spawn+join alone, {} MiB stack", stack >> 20),
        stats,
        fuel: None,
    });

    // 2. The same on the trivial Go module.
    match &go_wasm {
        Ok(wasm) => {
            let program = sandbox.load(wasm).expect("the Go module loads");
            let (stats, fuel) = std::thread::scope(|scope| {
                sandbox
                    .spawn_runner(scope, || {
                        bench_runs(&program, limits, &plan, plan.go_run_iters, GO_EXPECTED)
                    })
                    .expect("runner thread")
                    .join()
                    .expect("bench runs")
            });
            rows.push(Row {
                name: "sandbox run: Go (store+instantiate+_start)".into(),
                stats,
                fuel: Some(fuel),
            });
        }
        Err(_) => skipped.push("sandbox run: Go".into()),
    }

    // 3. Process per test: spawn the natively built C program, pipe stdin, wait.
    let mut spawn = None;
    match &native {
        Ok(path) => {
            let stats = measure(
                plan.spawn_warmup,
                plan.spawn_iters,
                || spawn_native(path),
                |stdout| assert_eq!(stdout.as_slice(), C_EXPECTED, "native output"),
            );
            spawn = Some(stats.median);
            rows.push(Row {
                name: "native spawn: C (Command, stdin piped, wait)".into(),
                stats,
                fuel: None,
            });
        }
        Err(_) => skipped.push("native spawn: C".into()),
    }

    // 4. Cold compile of the Go module vs a load from the on-disk cache.
    let mut compile = None;
    let mut cached = None;
    match &go_wasm {
        Ok(wasm) => {
            let stats = measure_part(
                0,
                plan.compile_iters,
                || {
                    let cache = tempfile::tempdir().expect("temporary cache directory");
                    let sandbox = cached_sandbox(cache.path());
                    let started = Instant::now();
                    let program = sandbox.load(wasm).expect("the Go module compiles");
                    (started.elapsed(), program.cache_status())
                },
                |status| assert_eq!(*status, CacheStatus::Compiled, "an empty cache compiles"),
            );
            compile = Some(stats.median);
            rows.push(Row {
                name: "Go load: cold compile (empty cache dir)".into(),
                stats,
                fuel: None,
            });

            let cache = tempfile::tempdir().expect("temporary cache directory");
            cached_sandbox(cache.path())
                .load(wasm)
                .expect("the Go module compiles");
            let stats = measure_part(
                1,
                plan.load_iters,
                || {
                    // A new Sandbox each time: a disk hit, not its memory cache.
                    let sandbox = cached_sandbox(cache.path());
                    let started = Instant::now();
                    let program = sandbox.load(wasm).expect("the Go module loads");
                    (started.elapsed(), program.cache_status())
                },
                |status| assert_eq!(*status, CacheStatus::Disk, "a disk cache hit"),
            );
            cached = Some(stats.median);
            rows.push(Row {
                name: "Go load: cached (disk hit, new Sandbox)".into(),
                stats,
                fuel: None,
            });
            rows.extend(cached_load_parts(&plan, wasm, cache.path()));
        }
        Err(_) => skipped.push("Go load: cold compile / cached".into()),
    }

    print_table(&rows);
    for row in &skipped {
        println!("{row:<46} skipped (toolchain missing, see above)");
    }
    println!();
    println!("ratios (of medians):");
    print_ratio(
        "native spawn / sandbox C run",
        spawn,
        c_run,
        SPAWN_OVER_RUN_TARGET,
        plan.full,
    );
    print_ratio(
        "Go cold compile / cached load",
        compile,
        cached,
        COMPILE_OVER_CACHED_TARGET,
        plan.full,
    );
    if let Some(c_run) = c_run {
        println!(
            "  bare thread spawn+join / sandbox C run: {:.0}% (a lower bound on what the per-run thread costs)",
            100.0 * thread.as_secs_f64() / c_run.as_secs_f64()
        );
    }
}

/// Runs `program` repeatedly on one loaded Program; returns the timings and
/// the (deterministic) fuel of one run.
fn bench_runs(
    program: &Program,
    limits: Limits,
    plan: &Plan,
    iters: usize,
    expected: &[u8],
) -> (Stats, u64) {
    let request = RunRequest {
        stdin: STDIN,
        seed: 1,
        limits,
    };
    let mut fuel = None;
    let stats = measure(
        plan.run_warmup,
        iters,
        || program.run(&request),
        |outcome: &Outcome| {
            assert_eq!(
                outcome.end,
                RunEnd::Exited(0),
                "{}",
                String::from_utf8_lossy(&outcome.stderr)
            );
            assert_eq!(outcome.stdout.as_slice(), expected, "guest output");
            let previous = *fuel.get_or_insert(outcome.fuel_consumed);
            assert_eq!(previous, outcome.fuel_consumed, "fuel is deterministic");
        },
    );
    (stats, fuel.unwrap_or(0))
}

/// Times `op` `iters` times after `warmup` untimed calls, checking each
/// result outside the timed region.
fn measure<T>(
    warmup: usize,
    iters: usize,
    mut op: impl FnMut() -> T,
    check: impl FnMut(&T),
) -> Stats {
    measure_part(
        warmup,
        iters,
        || {
            let started = Instant::now();
            let result = op();
            (started.elapsed(), result)
        },
        check,
    )
}

/// Like [`measure`], for operations that need untimed set-up each time:
/// `op` times the part that counts and returns that time with its result.
fn measure_part<T>(
    warmup: usize,
    iters: usize,
    mut op: impl FnMut() -> (Duration, T),
    mut check: impl FnMut(&T),
) -> Stats {
    for _ in 0..warmup {
        check(&op().1);
    }
    let times = (0..iters)
        .map(|_| {
            let (elapsed, result) = op();
            check(&result);
            elapsed
        })
        .collect();
    Stats::of(times)
}

impl Stats {
    fn of(mut times: Vec<Duration>) -> Stats {
        times.sort();
        let iters = times.len();
        let median = if iters == 0 {
            Duration::ZERO
        } else if iters % 2 == 1 {
            times[iters / 2]
        } else {
            (times[iters / 2 - 1] + times[iters / 2]) / 2
        };
        let mean = times.iter().sum::<Duration>() / iters.max(1) as u32;
        Stats {
            iters,
            median,
            mean,
        }
    }
}

/// Diagnostics for a disk hit: the work `Sandbox::load` does besides
/// deserializing — validating the wasm, hashing it for the cache key, and
/// reading and checksumming the cache entry.
fn cached_load_parts(plan: &Plan, wasm: &[u8], cache_dir: &Path) -> Vec<Row> {
    let entry = std::fs::read_dir(cache_dir.join("modules"))
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "cwasm"));
    let Some(entry) = entry else {
        println!("note: no cache entry found under {}", cache_dir.display());
        return Vec::new();
    };
    let engine = wasmtime::Engine::default();
    let validate = measure(
        1,
        plan.load_iters,
        || wasmtime::Module::validate(&engine, wasm).is_ok(),
        |&ok| assert!(ok, "the Go module validates"),
    );
    let read = measure(
        1,
        plan.load_iters,
        || std::fs::read(&entry).map(|b| b.len()).unwrap_or(0),
        |&n| assert!(n > 0, "the cache entry reads"),
    );
    let entry_bytes = std::fs::read(&entry).unwrap_or_default();
    let hash = measure(
        1,
        plan.load_iters,
        || {
            let a = Sha256::digest(wasm);
            let b = Sha256::digest(&entry_bytes);
            a[0] ^ b[0]
        },
        |_| {},
    );
    vec![
        Row {
            name: "  of which: Module::validate of the wasm".into(),
            stats: validate,
            fuel: None,
        },
        Row {
            name: format!("  of which: read entry ({} KiB)", entry_bytes.len() >> 10),
            stats: read,
            fuel: None,
        },
        Row {
            name: "  of which: SHA-256 of wasm + entry".into(),
            stats: hash,
            fuel: None,
        },
    ]
}

fn spawn_native(path: &Path) -> Vec<u8> {
    let mut child = Command::new(path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot spawn the native program");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(STDIN)
        .expect("cannot write the native program's stdin");
    let output = child
        .wait_with_output()
        .expect("cannot wait for the native program");
    assert!(output.status.success(), "native program failed");
    output.stdout
}

fn spawn_thread(stack: usize) -> u32 {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("bench-run".into())
            .stack_size(stack)
            .spawn_scoped(scope, || std::hint::black_box(1u32))
            .expect("cannot spawn a thread")
            .join()
            .expect("the thread panicked")
    })
}

fn cached_sandbox(dir: &Path) -> Sandbox {
    Sandbox::new(SandboxConfig {
        cache_dir: Some(dir.to_path_buf()),
        ..SandboxConfig::default()
    })
    .expect("cannot create the sandbox")
}

fn build_c_wasm(work: &Path) -> Result<Vec<u8>, String> {
    let dir = subdir(work, "c-wasm")?;
    std::fs::write(dir.join("main.c"), C_SOURCE).map_err(|e| e.to_string())?;
    run_tool(
        Command::new("clang-19")
            .args(["--target=wasm32-wasi", "-O2", "main.c", "-o", "main.wasm"])
            .current_dir(&dir),
    )?;
    std::fs::read(dir.join("main.wasm")).map_err(|e| e.to_string())
}

fn build_go_wasm(work: &Path) -> Result<Vec<u8>, String> {
    let dir = subdir(work, "go-wasm")?;
    std::fs::write(dir.join("main.go"), GO_SOURCE).map_err(|e| e.to_string())?;
    run_tool(
        Command::new("go")
            .args(["build", "-o", "main.wasm", "main.go"])
            .env("GOOS", "wasip1")
            .env("GOARCH", "wasm")
            .current_dir(&dir),
    )?;
    std::fs::read(dir.join("main.wasm")).map_err(|e| e.to_string())
}

fn build_native_c(work: &Path) -> Result<PathBuf, String> {
    let dir = subdir(work, "c-native")?;
    std::fs::write(dir.join("main.c"), C_SOURCE).map_err(|e| e.to_string())?;
    let mut errors = Vec::new();
    for cc in ["cc", "gcc"] {
        match run_tool(
            Command::new(cc)
                .args(["-O2", "main.c", "-o", "main"])
                .current_dir(&dir),
        ) {
            Ok(()) => return Ok(dir.join("main")),
            Err(e) => errors.push(e),
        }
    }
    Err(errors.join("; "))
}

fn subdir(work: &Path, name: &str) -> Result<PathBuf, String> {
    let dir = work.join(name);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// Runs a toolchain command; a missing tool or a failed build is an error
/// naming the command.
fn run_tool(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let output = cmd
        .output()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let first: Vec<&str> = stderr.lines().take(3).collect();
    Err(format!("{shown} failed: {}", first.join(" | ")))
}

fn print_table(rows: &[Row]) {
    println!(
        "{:<46} {:>6} {:>11} {:>11} {:>11}",
        "case", "iters", "median", "mean", "fuel/run"
    );
    println!("{}", "-".repeat(46 + 4 * 12));
    for row in rows {
        println!(
            "{:<46} {:>6} {:>11} {:>11} {:>11}",
            row.name,
            row.stats.iters,
            human(row.stats.median),
            human(row.stats.mean),
            row.fuel.map_or_else(|| "-".into(), |f| f.to_string()),
        );
    }
}

fn print_ratio(
    what: &str,
    numerator: Option<Duration>,
    denominator: Option<Duration>,
    target: f64,
    full: bool,
) {
    let (Some(n), Some(d)) = (numerator, denominator) else {
        println!("  {what:<32} n/a (a row was skipped)");
        return;
    };
    let ratio = n.as_secs_f64() / d.as_secs_f64().max(1e-12);
    let verdict = match (full, ratio >= target) {
        (false, _) => "smoke mode, not a measurement",
        (true, true) => "meets target",
        (true, false) => "MISSES target",
    };
    println!("  {what:<32} {ratio:>8.1}x  (target >= {target}x: {verdict})");
}

fn human(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns < 1_000 {
        format!("{ns} ns")
    } else if ns < 1_000_000 {
        format!("{:.1} µs", ns as f64 / 1e3)
    } else if ns < 1_000_000_000 {
        format!("{:.2} ms", ns as f64 / 1e6)
    } else {
        format!("{:.2} s", ns as f64 / 1e9)
    }
}
