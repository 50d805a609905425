//! The verdict cache: a second judge of the same module reuses the report
//! (and says so), a changed seed or `--no-cache` runs the tests, and a
//! damaged or swapped entry is a miss that runs the tests again, never a
//! wrong verdict. Real C solutions, compiled by clang, run in wasmtime.

use std::path::{Path, PathBuf};

use harness::judge::{Judge, JudgeOptions, Report, Submission};
use harness::pack::{Pack, PackFiles};
use harness::{Language, Verdict};

fn lru_cache() -> Pack {
    let files = PackFiles::bundled()
        .into_iter()
        .find(|f| f.root.ends_with("/lru-cache"))
        .expect("the bundled lru-cache pack");
    Pack::load(&files).expect("lru-cache loads")
}

fn source(pack: &Pack, path: &str) -> Submission {
    let known = pack
        .solutions
        .iter()
        .map(|s| &s.source)
        .chain(pack.references.values())
        .find(|s| s.path == path)
        .unwrap_or_else(|| panic!("no {path} in the pack"));
    Submission {
        file: path.rsplit('/').next().unwrap().to_string(),
        language: known.language,
        bytes: known.bytes.clone(),
    }
}

fn judge(cache: &Path, seed: u64, verdict_cache: bool, pack: &Pack, s: &Submission) -> Report {
    let mut options = JudgeOptions::new(cache.to_path_buf());
    options.seed = seed;
    options.verdict_cache = verdict_cache;
    Judge::new(options).unwrap().judge(pack, s, &mut |_| {})
}

/// Verdict, fuel and memory of every test: what a cached report must repeat.
fn results(report: &Report) -> Vec<(String, Option<Verdict>, u64, u64)> {
    report
        .tests
        .iter()
        .map(|t| (t.name.clone(), t.verdict, t.fuel, t.memory_bytes))
        .collect()
}

fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(cache.join("verdicts"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn a_repeated_judge_reuses_the_verdict_and_a_bad_entry_is_a_miss() {
    if harness::toolchain::detect(Language::C).is_err() {
        eprintln!("skipped: no C toolchain");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let pack = lru_cache();
    let good = source(&pack, "reference/reference.c");
    let bad = source(&pack, "solutions/time_limit_exceeded/array_scan.c");

    let first = judge(&cache, 1, true, &pack, &good);
    assert_eq!(first.verdict, Verdict::Accepted);
    assert!(!first.cached);
    let [entry] = &entries(&cache)[..] else {
        panic!("one verdict entry expected: {:?}", entries(&cache));
    };

    let again = judge(&cache, 1, true, &pack, &good);
    assert!(again.cached, "the second judge reuses the verdict");
    assert_eq!(results(&again), results(&first));
    assert_eq!(again.complexity, first.complexity);
    assert_eq!(again.build.as_ref().map(|b| b.cached), Some(true));

    // Another seed, or the cache turned off: the tests run.
    assert!(!judge(&cache, 2, true, &pack, &good).cached);
    assert!(!judge(&cache, 1, false, &pack, &good).cached);

    // A damaged entry is a miss: the tests run, with the same results.
    let mut bytes = std::fs::read(entry).unwrap();
    let last = bytes.len() - 2;
    bytes[last] ^= 0x20;
    std::fs::write(entry, &bytes).unwrap();
    let damaged = judge(&cache, 1, true, &pack, &good);
    assert!(!damaged.cached);
    assert_eq!(results(&damaged), results(&first));

    // A genuine entry of another submission swapped in is a miss too: the
    // good solution never inherits the bad one's TLE.
    let before: Vec<PathBuf> = entries(&cache);
    let slow = judge(&cache, 1, true, &pack, &bad);
    assert_eq!(slow.verdict, Verdict::TimeLimitExceeded);
    let slow_entry = entries(&cache)
        .into_iter()
        .find(|e| !before.contains(e))
        .expect("the slow solution's entry");
    std::fs::copy(&slow_entry, entry).unwrap();
    let swapped = judge(&cache, 1, true, &pack, &good);
    assert!(!swapped.cached);
    assert_eq!(swapped.verdict, Verdict::Accepted);
    assert_eq!(results(&swapped), results(&first));
}
