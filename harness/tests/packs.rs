//! Every bundled pack proves itself, as a Kattis package does: its reference
//! solutions are accepted and every file under `solutions/<verdict>/` gets
//! that verdict, compiled by the real toolchains and run in the real sandbox.

use std::path::PathBuf;

use harness::judge::{Judge, JudgeOptions, Submission};
use harness::pack::{Pack, PackFiles};
use harness::Verdict;

fn cache_dir() -> PathBuf {
    // Shared across tests and runs: the compile cache is content-addressed.
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-cache")
}

fn bundled(id: &str) -> Pack {
    let files = PackFiles::bundled()
        .into_iter()
        .find(|f| f.root.ends_with(id))
        .unwrap_or_else(|| panic!("no bundled pack {id}"));
    Pack::load(&files).unwrap_or_else(|e| panic!("{id} does not load:\n{e}"))
}

fn submission(path: &str, source: &harness::pack::PackSource) -> Submission {
    Submission {
        file: path.rsplit('/').next().unwrap_or(path).to_string(),
        language: source.language,
        bytes: source.bytes.clone(),
    }
}

/// Judges every reference and known solution; returns the mismatches.
fn prove(id: &str) {
    let pack = bundled(id);
    let judge = Judge::new(JudgeOptions::new(cache_dir())).unwrap();
    let mut problems = Vec::new();
    let mut summary = Vec::new();
    for (lang, reference) in &pack.references {
        let report = judge.judge(&pack, &submission(&reference.path, reference), &mut |_| {});
        let max_fuel = report.tests.iter().map(|t| t.fuel).max().unwrap_or(0);
        summary.push(format!(
            "{:<45} {:<4} max fuel {:>6.1}M ({:.0}% of limit)",
            reference.path,
            report.verdict.code(),
            max_fuel as f64 / 1e6,
            100.0 * max_fuel as f64 / pack.limits.fuel as f64
        ));
        if report.verdict != Verdict::Accepted {
            problems.push(format!(
                "{lang} reference {}: {} {:?}",
                reference.path, report.verdict, report.message
            ));
        }
    }
    for known in &pack.solutions {
        let report = judge.judge(
            &pack,
            &submission(&known.source.path, &known.source),
            &mut |_| {},
        );
        summary.push(format!(
            "{:<45} {:<4} {}",
            known.source.path,
            report.verdict.code(),
            report
                .message
                .as_deref()
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("")
        ));
        if report.verdict != known.expected {
            problems.push(format!(
                "{}: expected {}, got {}: {}",
                known.source.path,
                known.expected,
                report.verdict,
                report.message.unwrap_or_default()
            ));
        }
    }
    eprintln!("{id}:\n  {}", summary.join("\n  "));
    assert!(problems.is_empty(), "{id}:\n{}", problems.join("\n"));
}

#[test]
fn lru_cache_proves_itself() {
    prove("lru-cache");
}

#[test]
fn implement_trie_proves_itself() {
    prove("implement-trie");
}

#[test]
fn merge_k_sorted_lists_proves_itself() {
    prove("merge-k-sorted-lists");
}

#[test]
fn linked_list_cycle_ii_proves_itself() {
    prove("linked-list-cycle-ii");
}

#[test]
fn insert_delete_getrandom_proves_itself() {
    prove("insert-delete-getrandom");
}

#[test]
fn min_stack_proves_itself() {
    if PackFiles::bundled()
        .iter()
        .any(|f| f.root.ends_with("min-stack"))
    {
        prove("min-stack");
    }
}

#[test]
fn every_bundled_pack_loads() {
    let registry =
        harness::registry::Registry::load(&[] as &[PathBuf]).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = registry.ids().collect();
    for id in [
        "lru-cache",
        "implement-trie",
        "merge-k-sorted-lists",
        "linked-list-cycle-ii",
        "insert-delete-getrandom",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}
