//! Concurrent problems judged on deterministic schedules (issue 16): the
//! same seed gives the same report (schedules, verdict, fuel), even with
//! tests judged in parallel; every racy solution in the bundled packs is
//! caught within the default schedule budget with the default seed and 20
//! others. Real Go compiles, real wasmtime.

use std::path::PathBuf;
use std::time::Instant;

use harness::judge::{Judge, JudgeOptions, Report, Submission, DEFAULT_SEED};
use harness::pack::{Pack, PackFiles};
use harness::{Language, Verdict};

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-cache")
}

fn bundled(id: &str) -> Pack {
    let files = PackFiles::bundled()
        .into_iter()
        .find(|f| f.root.rsplit('/').next() == Some(id))
        .unwrap_or_else(|| panic!("no bundled pack {id}"));
    Pack::load(&files).unwrap_or_else(|e| panic!("{id} does not load:\n{e}"))
}

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
            let mut schedules = Vec::new();
            let started = Instant::now();
            for &seed in &seeds {
                let report = judge_with(seed, 1).judge(&pack, &submission, &mut |_| {});
                assert_eq!(
                    report.verdict,
                    Verdict::WrongAnswer,
                    "{} with seed {seed}: {:?}",
                    known.source.path,
                    report.message
                );
                let failure = report.first_failure().expect("a failing test");
                schedules.push((
                    failure.name.clone(),
                    failure.message.as_deref().and_then(schedule_of),
                ));
            }
            eprintln!(
                "{id} {}: caught with all {} seeds in {:.2?} ({:.2?} per judge); (test, schedule) per seed: {schedules:?}",
                known.source.path,
                seeds.len(),
                started.elapsed(),
                started.elapsed() / seeds.len() as u32
            );
        }
    }
}
