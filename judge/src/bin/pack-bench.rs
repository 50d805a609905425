//! Benchmark (figure 2 of issue 13): the whole `lru-cache` pack judged through
//! the sandbox (modules and expected outputs cached), beside the same tests
//! run the way process-per-test judges do: the same solution and driver built
//! natively, one process spawned per test. Run with `bench/pack.sh`
//! (`--quick`: one timed run; `--lang=c` or `--lang=go`: one reference;
//! `--judge-only`: no native side, for `perf record`).
//!
//! It is a bin of the `judge` package behind the `pack-bench` feature, not a
//! `cargo bench` target: a bench target of `harness` resolves dependency
//! features without the `judge` binary's (`anyhow/default`, `log/std` through
//! `tracing-subscriber`) and with `harness`'s dev-dependencies, which gives
//! wasmtime and Cranelift other unit hashes and rebuilt them (20-40 minutes on
//! 2 cores). As a bin of `judge` it links the release build's libraries.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use harness::complexity::Mode;
use harness::judge::{Judge, JudgeOptions, Submission};
use harness::vectors::TestBody;
use harness::{driver, wire, Language, Pack, PackFiles, Verdict};

const ITERATIONS: usize = 11;

fn main() {
    // The allocator settings of the judge binary (`judge/src/main.rs`):
    // without them every large buffer is a fresh mapping, faulted in.
    assert!(harness::process_memory::reuse_large_frees());
    // `--quick`: one timed iteration, to check that the benchmark still works.
    let quick = std::env::args().any(|a| a == "--quick");
    let iterations = if quick { 1 } else { ITERATIONS };
    // `--judge-only`: no native side, e.g. under `perf record` (which would
    // otherwise sample the native processes too).
    let judge_only = std::env::args().any(|a| a == "--judge-only");
    // `--lang=c` (or `go`): only that reference.
    let only: Option<Language> = std::env::args()
        .find_map(|a| a.strip_prefix("--lang=").map(str::to_string))
        .map(|name| Language::parse(&name).unwrap_or_else(|| panic!("unknown language {name}")));
    let files = PackFiles::bundled()
        .into_iter()
        .find(|f| f.root.ends_with("lru-cache"))
        .expect("bundled lru-cache");
    let pack = Pack::load(&files).expect("lru-cache loads");
    let cache = std::env::temp_dir().join("judge-bench-pack-cache");
    let mut options = JudgeOptions::new(cache);
    options.stop_at_first_failure = false;
    // The ratio compares the same work: the pack's tests, which is all the
    // native side runs. The complexity check (more runs, at sizes of its
    // own) is timed apart and shown beside it.
    let with_complexity = Judge::new(options.clone()).expect("judge");
    options.complexity = Mode::Off;
    let judge = Judge::new(options.clone()).expect("judge");
    // What `judge submit` does: tests side by side, one per core (as the
    // memory gate allows). The ratios stay one test at a time on both sides.
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    options.test_jobs = cores;
    let side_by_side = Judge::new(options).expect("judge");
    let tests = pack.tests.len() + pack.generated.len();

    println!(
        "lru-cache pack: {tests} tests ({} hand-written, {} generated)",
        pack.tests.len(),
        pack.generated.len()
    );
    println!();
    println!(
        "{:<10} {:>16} {:>16} {:>16} {:>16} {:>16} {:>8} {:>10} {:>10} {:>8} {:>14}",
        "reference",
        "+ complexity",
        "judge (cached)",
        format!("{cores} at once"),
        "native/test",
        "native spawn",
        "ratio",
        "min ratio",
        "cpu ratio",
        "target",
        "total fuel"
    );
    for lang in [Language::C, Language::Go] {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        let reference = &pack.references[&lang];
        let submission = Submission {
            file: reference
                .path
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string(),
            language: lang,
            bytes: reference.bytes.clone(),
        };
        // Warm the caches (compiled module, expected outputs), untimed.
        let warm = judge.judge(&pack, &submission, &mut |_| {});
        assert_eq!(warm.verdict, Verdict::Accepted, "{:?}", warm.message);

        let mut judge_times = Vec::new();
        let mut judge_cpu = Vec::new();
        let mut complexity_times = Vec::new();
        let mut side_by_side_times = Vec::new();
        let mut fuel = 0;
        for _ in 0..iterations {
            let (started, cpu) = (Instant::now(), cpu_time());
            let report = judge.judge(&pack, &submission, &mut |_| {});
            judge_times.push(started.elapsed());
            judge_cpu.push(cpu_time() - cpu);
            assert_eq!(report.verdict, Verdict::Accepted);
            fuel = report.tests.iter().map(|t| t.fuel).sum::<u64>();
            let started = Instant::now();
            let report = with_complexity.judge(&pack, &submission, &mut |_| {});
            complexity_times.push(started.elapsed());
            assert!(report.passed(), "{:?}", report.complexity);
            let started = Instant::now();
            let report = side_by_side.judge(&pack, &submission, &mut |_| {});
            side_by_side_times.push(started.elapsed());
            assert_eq!(report.verdict, Verdict::Accepted);
        }
        let complexity_median = median(&mut complexity_times);
        let side_by_side_median = median(&mut side_by_side_times);

        let dir = tempfile::tempdir().expect("tempdir");
        let native = if judge_only {
            None
        } else {
            build_native(&pack, lang, &submission, dir.path())
        };
        let Some(binary) = native else {
            println!(
                "{:<10} {:>16} {:>16} {:>16} (native side {})",
                lang.name(),
                fmt(complexity_median),
                fmt(median(&mut judge_times)),
                fmt(side_by_side_median),
                if judge_only { "skipped" } else { "unavailable" }
            );
            continue;
        };
        let inputs: Vec<(Vec<u8>, Vec<serde_json::Value>)> = (0..tests)
            .map(|i| {
                let test = judge.test(&pack, i).expect("test");
                let TestBody::Calls { calls, expected } = test.body else {
                    unreachable!("lru-cache is a class problem")
                };
                (
                    wire::encode(&pack.signature, &calls).unwrap(),
                    expected.unwrap_or_default(),
                )
            })
            .collect();
        let mut native_times = Vec::new();
        let mut native_cpu = Vec::new();
        for _ in 0..iterations {
            let (started, cpu) = (Instant::now(), cpu_time());
            for (stdin, expected) in &inputs {
                let channel = sandbox::Channel::new(run_native(&binary, stdin), Vec::new());
                let results = wire::decode(&channel, 0);
                assert_eq!(
                    results.results.len(),
                    expected.len(),
                    "native run answered every call"
                );
            }
            native_times.push(started.elapsed());
            native_cpu.push(cpu_time() - cpu);
        }
        let spawn = spawn_cost(&binary);
        let judge_median = median(&mut judge_times);
        let native_median = median(&mut native_times);
        // On a shared machine a run is only ever slowed down: the fastest
        // runs show the cost without interference.
        let min_ratio = judge_times[0].as_secs_f64() / native_times[0].as_secs_f64();
        // CPU time, which another tenant's load does not inflate, and which
        // counts both of the judge's runner threads.
        let cpu_ratio =
            median(&mut judge_cpu).as_secs_f64() / median(&mut native_cpu).as_secs_f64();
        let target = if lang == Language::C { 1.2 } else { 1.5 };
        println!(
            "{:<10} {:>16} {:>16} {:>16} {:>16} {:>16} {:>7.2}x {:>9.2}x {:>9.2}x {:>7.1}x {:>13.1}M",
            lang.name(),
            fmt(complexity_median),
            fmt(judge_median),
            fmt(side_by_side_median),
            fmt(native_median),
            fmt(spawn * tests as u32),
            judge_median.as_secs_f64() / native_median.as_secs_f64(),
            min_ratio,
            cpu_ratio,
            target,
            fuel as f64 / 1e6
        );
    }
    println!();
    println!("medians of {iterations} timed runs each, after an untimed warm-up run of the judge.");
    println!("+ complexity:   Judge::judge with the complexity check on (the default): the tests, then its own runs.");
    println!("judge (cached): Judge::judge over every test with the complexity check off, compiled module and expected outputs cached.");
    println!("N at once:      the same, with tests side by side on the N cores, as `judge submit` runs them (within its memory budget).");
    println!("native/test:    the same solution + generated driver built natively, one process per test.");
    println!("native spawn:   of that, spawning an empty run of the binary once per test.");
    println!("ratio:          judge / native (below 1: the sandbox is faster); target: at most that (issue 13).");
    println!("min ratio:      the fastest judge run / the fastest native run.");
    println!("cpu ratio:      CPU time (user + system, every thread and child) of the judge / of native, medians.");
}

/// CPU time used so far by this process (all threads) and its waited-for
/// children.
fn cpu_time() -> Duration {
    use nix::sys::resource::{getrusage, UsageWho};
    let duration = |t: nix::sys::time::TimeVal| {
        Duration::from_micros((t.tv_sec() * 1_000_000 + t.tv_usec()) as u64)
    };
    let used = |who| {
        getrusage(who).map_or(Duration::ZERO, |u| {
            duration(u.user_time()) + duration(u.system_time())
        })
    };
    used(UsageWho::RUSAGE_SELF) + used(UsageWho::RUSAGE_CHILDREN)
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn fmt(d: Duration) -> String {
    if d.as_secs_f64() >= 1.0 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{:.1} ms", d.as_secs_f64() * 1e3)
    }
}

/// Builds the solution plus its generated driver as a native executable.
fn build_native(
    pack: &Pack,
    lang: Language,
    submission: &Submission,
    dir: &Path,
) -> Option<std::path::PathBuf> {
    let source = String::from_utf8(submission.bytes.clone()).ok()?;
    let tree = driver::generate(lang, &pack.signature, &submission.file, &source).ok()?;
    for file in &tree.files {
        let path = dir.join(&file.name);
        std::fs::create_dir_all(path.parent()?).ok()?;
        std::fs::write(&path, &file.contents).ok()?;
    }
    let out = dir.join("native");
    let status = match lang {
        Language::C => Command::new("gcc")
            .current_dir(dir)
            .args(["-O2", "-w", "-o"])
            .arg(&out)
            .arg(&tree.entry)
            .arg("-lm")
            .status(),
        // The judge's compile writes a `go.mod` naming the installed Go's
        // language version; `go mod init` does the same here.
        Language::Go => Command::new("go")
            .current_dir(dir)
            .args(["mod", "init", "solution"])
            .stderr(Stdio::null())
            .status()
            .and_then(|_| {
                Command::new("go")
                    .current_dir(dir)
                    .args(["build", "-o"])
                    .arg(&out)
                    .arg(".")
                    .env("GOFLAGS", "-mod=mod")
                    .status()
            }),
        _ => return None,
    };
    match status {
        Ok(s) if s.success() => Some(out),
        _ => {
            eprintln!("native {lang} build failed");
            None
        }
    }
}

fn run_native(binary: &Path, stdin: &[u8]) -> Vec<u8> {
    // The driver writes results to fd 3 (docs/protocol.md): here the same
    // pipe as stdout. The shell `exec`s the binary, so only its start is
    // added, equally to every run and to `spawn_cost`.
    let mut command = Command::new("sh");
    command
        .args(["-c", "exec \"$0\" 3>&1"])
        .arg(binary)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    let mut child = command.spawn().expect("spawn native");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("native run");
    let _ = writer.join();
    out.stdout
}

/// The cost of spawning the binary on an empty test (one call: the constructor).
fn spawn_cost(binary: &Path) -> Duration {
    let stdin = b"1\nLRUCache 1\n";
    let runs = 50;
    let started = Instant::now();
    for _ in 0..runs {
        run_native(binary, stdin);
    }
    started.elapsed() / runs
}
