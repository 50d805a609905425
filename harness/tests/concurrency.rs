//! Concurrent problems judged on deterministic schedules (issue 16): the
//! same seed gives the same report (schedules, verdict, fuel), even with
//! tests judged in parallel; every racy solution in the bundled packs is
//! caught within the default schedule budget with the default seed and 20
//! others. Real Go compiles, real wasmtime.

mod common;

use std::time::Instant;

use harness::judge::{Judge, JudgeOptions, Report, Submission, DEFAULT_SEED};
use harness::pack::{Pack, PackFiles};
use harness::{Language, Verdict};

use common::{bundled, cache_dir};

fn judge_with(seed: u64, jobs: usize) -> Judge {
    let mut options = JudgeOptions::new(cache_dir());
    options.seed = seed;
    options.test_jobs = jobs;
    Judge::new(options).unwrap()
}

fn solution(pack: &Pack, path: &str) -> Submission {
    let known = pack
        .solutions
        .iter()
        .find(|s| s.source.path == path)
        .unwrap_or_else(|| panic!("{} has no {path}", pack.id));
    Submission {
        file: path.rsplit('/').next().unwrap_or(path).to_string(),
        language: known.source.language,
        bytes: known.source.bytes.clone(),
    }
}

/// Everything a report says that must not change between runs.
fn fingerprint(report: &Report) -> Vec<(String, Option<Verdict>, u64, Option<String>)> {
    report
        .tests
        .iter()
        .map(|t| (t.name.clone(), t.verdict, t.fuel, t.message.clone()))
        .collect()
}

#[test]
fn same_seed_same_schedules_verdict_and_fuel() {
    let pack = bundled("bounded-blocking-queue");
    let racy = solution(&pack, "solutions/wrong_answer/take_outside_lock.go");
    let first = judge_with(DEFAULT_SEED, 1).judge(&pack, &racy, &mut |_| {});
    assert_eq!(first.verdict, Verdict::WrongAnswer, "{:?}", first.message);
    let again = judge_with(DEFAULT_SEED, 1).judge(&pack, &racy, &mut |_| {});
    assert_eq!(fingerprint(&first), fingerprint(&again));
    // Under load: every test at once, on several threads.
    let mut options = JudgeOptions::new(cache_dir());
    options.test_jobs = 4;
    options.stop_at_first_failure = false;
    let parallel = Judge::new(options)
        .unwrap()
        .judge(&pack, &racy, &mut |_| {});
    let mut options = JudgeOptions::new(cache_dir());
    options.stop_at_first_failure = false;
    let serial = Judge::new(options)
        .unwrap()
        .judge(&pack, &racy, &mut |_| {});
    assert_eq!(fingerprint(&parallel), fingerprint(&serial));
    // Under load: two judges of the same submission at once, each in its
    // own thread, give the serial report.
    let at_once: Vec<Report> = std::thread::scope(|scope| {
        let runs: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(|| {
                    let mut options = JudgeOptions::new(cache_dir());
                    options.stop_at_first_failure = false;
                    Judge::new(options)
                        .unwrap()
                        .judge(&pack, &racy, &mut |_| {})
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    for report in &at_once {
        assert_eq!(fingerprint(report), fingerprint(&serial));
    }
    // The reference passes with the same fuel each time.
    let reference = Submission {
        file: "reference.go".into(),
        language: Language::Go,
        bytes: pack.references[&Language::Go].bytes.clone(),
    };
    let a = judge_with(7, 1).judge(&pack, &reference, &mut |_| {});
    let b = judge_with(7, 1).judge(&pack, &reference, &mut |_| {});
    assert_eq!(a.verdict, Verdict::Accepted, "{:?}", a.message);
    assert_eq!(fingerprint(&a), fingerprint(&b));
}

/// The schedule number a failure message names (`schedule 5 of 64`).
fn schedule_of(message: &str) -> Option<u32> {
    let rest = &message[message.find("schedule ")? + "schedule ".len()..];
    rest.split_whitespace().next()?.parse().ok()
}

#[test]
fn every_racy_solution_is_caught_with_the_default_seed_and_20_others() {
    let seeds: Vec<u64> = std::iter::once(DEFAULT_SEED).chain(1..=20).collect();
    for id in ["thread-safe-lru-cache", "bounded-blocking-queue"] {
        let pack = bundled(id);
        for known in pack
            .solutions
            .iter()
            .filter(|s| s.expected == Verdict::WrongAnswer)
        {
            let submission = solution(&pack, &known.source.path);
            // Compiled once here, so the timings below are judging only.
            judge_with(DEFAULT_SEED, 1).judge(&pack, &submission, &mut |_| {});
            let mut explored = Vec::new();
            let mut walls = Vec::new();
            for &seed in &seeds {
                let started = Instant::now();
                let report = judge_with(seed, 1).judge(&pack, &submission, &mut |_| {});
                walls.push(started.elapsed());
                assert_eq!(
                    report.verdict,
                    Verdict::WrongAnswer,
                    "{} with seed {seed}: {:?}",
                    known.source.path,
                    report.message
                );
                let failing = report
                    .tests
                    .iter()
                    .position(|t| t.verdict == Some(Verdict::WrongAnswer))
                    .expect("a failing test");
                let schedule = report.tests[failing]
                    .message
                    .as_deref()
                    .and_then(schedule_of)
                    .expect("the message names the schedule");
                // Every schedule of the tests that passed, then the failing
                // test's schedules up to the one that failed.
                explored.push(pack.schedules * failing as u32 + schedule + 1);
            }
            let mut sorted = explored.clone();
            sorted.sort_unstable();
            walls.sort_unstable();
            eprintln!(
                "{id} {}: schedules until caught: default seed {}, 21 seeds min {} median {} max {}; \
                 wall per judge (no compile) median {:.2?} max {:.2?}",
                known.source.path,
                explored[0],
                sorted[0],
                sorted[sorted.len() / 2],
                sorted[sorted.len() - 1],
                walls[walls.len() / 2],
                walls[walls.len() - 1]
            );
        }
    }
}

/// The bundled LRU pack with `schedules` schedules per test and, as its
/// tests, one thread making one `get(k)` for each `k` given (and a second
/// thread, since a test has at least two, making `get(0)`).
fn one_call_pack(schedules: u32, keys: &[u32]) -> Pack {
    let mut files = PackFiles::bundled_folder("thread-safe-lru-cache").expect("bundled");
    let toml = files.text("problem.toml").unwrap().unwrap();
    let toml = toml.replace("schedules = 64", &format!("schedules = {schedules}"));
    files.files.insert("problem.toml".into(), toml.into_bytes());
    files.files.retain(|path, _| !path.starts_with("tests/"));
    for k in keys {
        files.files.insert(
            format!("tests/get-{k:03}.json"),
            format!(r#"{{"constructor": [1], "threads": [[["get", [{k}]]], [["get", [0]]]]}}"#)
                .into_bytes(),
        );
    }
    Pack::load(&files).unwrap_or_else(|e| panic!("the measuring pack does not load:\n{e}"))
}

/// An LRU whose `Get(k)` runs `1000 * k` loop iterations of `body`.
fn looping(body: &str) -> Submission {
    let source = format!(
        "type LRUCache struct{{ sum int }}\n\
         func Constructor(capacity int) LRUCache {{ return LRUCache{{}} }}\n\
         func (c *LRUCache) Get(key int) int {{\n\
         \tfor i := 0; i < 1000*key; i++ {{\n\t\t{body}\n\t}}\n\
         \treturn -1\n}}\n\
         func (c *LRUCache) Put(key int, value int) {{}}\n"
    );
    Submission {
        file: "looping.go".into(),
        language: Language::Go,
        bytes: source.into_bytes(),
    }
}

/// Fuel of each test of `pack` (in test order) for `submission`.
fn fuel_of(pack: &Pack, submission: &Submission) -> Vec<u64> {
    let mut options = JudgeOptions::new(cache_dir());
    options.stop_at_first_failure = false;
    let report = Judge::new(options)
        .unwrap()
        .judge(pack, submission, &mut |_| {});
    assert_eq!(report.verdict, Verdict::Accepted, "{:?}", report.message);
    report.tests.iter().map(|t| t.fuel).collect()
}

/// The yield hook's fuel per statement, measured exactly: a loop body of
/// `c.sum += i` gets one hook per iteration; `c.sum += i; judgeYield()`
/// gets two hooks and one explicit call of the same hook, so the two
/// differ by exactly two hook calls per iteration (docs/concurrency.md
/// quotes the numbers this prints).
#[test]
fn yield_hook_fuel_per_statement() {
    let one = looping("c.sum += i");
    let three = looping("c.sum += i; judgeYield()");
    // Tests get(0), get(k), get(2k): 0, 1000k and 2000k iterations in each
    // schedule (fewer over 64 schedules, which share one time limit).
    for (schedules, k) in [(1, 10), (64, 1)] {
        let pack = one_call_pack(schedules, &[0, k, 2 * k]);
        let (a, b) = (fuel_of(&pack, &one), fuel_of(&pack, &three));
        let iterations = 1000 * u64::from(k) * u64::from(schedules);
        let step = |f: &[u64], i: usize| f[i + 1] - f[i];
        let per_hook = |i: usize| (step(&b, i) - step(&a, i)) as f64 / (2 * iterations) as f64;
        let (per_hook_low, per_hook_high) = (per_hook(0), per_hook(1));
        eprintln!(
            "{schedules} schedule(s): fuel per hook {per_hook_low:.3} (get(0) -> get({k})), {per_hook_high:.3} (get({k}) -> get({})); \
             fuel per iteration of `c.sum += i` with its hook: {:.3}",
            2 * k,
            step(&a, 0) as f64 / iterations as f64
        );
        assert!(per_hook_low > 0.0 && per_hook_high > 0.0);
        if schedules == 1 {
            // Schedule 0 never switches: the hook costs the same each time.
            assert_eq!(per_hook_low, per_hook_high);
        }
    }
}
