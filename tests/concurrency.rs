//! Concurrent problems end to end (issue 16): the built `judge` binary
//! rejects a racy solution with the interleaving that broke it and the seed
//! to replay it, the replay command it prints gives the identical
//! interleaving, and a deadlock is reported with each goroutine's pending
//! call. Real Go, real wasmtime; durations, temp paths and fuel redacted.

mod common;

use common::{Home, Run};

const QUEUE_RACE: &str =
    "problems/bounded-blocking-queue/solutions/wrong_answer/take_outside_lock.go";
const QUEUE_DEADLOCK: &str =
    "problems/bounded-blocking-queue/solutions/runtime_error/deadlock_waits_holding_lock.go";

/// The report from "First failure" on: the part a replay must repeat.
fn failure_section(run: &Run) -> &str {
    let at = run
        .stdout
        .find("First failure")
        .unwrap_or_else(|| panic!("no failure section:\n{}", run.transcript()));
    &run.stdout[at..]
}

/// The arguments of the `replay` line the report prints, after `judge`.
fn replay_args(run: &Run) -> Vec<String> {
    let line = run
        .stdout
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("replay"))
        .unwrap_or_else(|| panic!("no replay line:\n{}", run.transcript()));
    let words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
    assert_eq!(words.first().map(String::as_str), Some("judge"), "{line}");
    words[1..].to_vec()
}

#[test]
fn a_race_shows_its_interleaving_and_the_printed_replay_repeats_it() {
    let home = Home::new();
    let run = home.judge(&["submit", "bounded-blocking-queue", QUEUE_RACE]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    for needle in [
        "First failure: WA",
        "which no sequential order of the calls could produce",
        "in schedule ",
        "thread 0 calls",
        "thread 1 returns",
        "--seed 20240101",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?} missing:\n{}",
            run.transcript()
        );
    }
    snapshot_measured!("concurrent_race_wa", run.transcript());

    // The replay line, run as printed, with a fresh cache (no verdict reuse).
    let args = replay_args(&run);
    assert!(args.contains(&"--seed".to_string()), "{args:?}");
    let again = Home::new().judge(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(again.code, 1, "{}", again.transcript());
    assert_eq!(failure_section(&run), failure_section(&again));

    // Another seed explores other schedules: still caught, its own replay.
    let other = Home::new().judge(&[
        "submit",
        "bounded-blocking-queue",
        QUEUE_RACE,
        "--seed",
        "7",
    ]);
    assert_eq!(other.code, 1, "{}", other.transcript());
    assert!(other.stdout.contains("--seed 7"), "{}", other.transcript());
    let replayed = Home::new().judge(
        &replay_args(&other)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    assert_eq!(failure_section(&other), failure_section(&replayed));
    snapshot_measured!("concurrent_race_wa_seed_7", other.transcript());
}

#[test]
fn a_deadlock_lists_each_goroutines_pending_call() {
    let run = Home::new().judge(&["submit", "bounded-blocking-queue", QUEUE_DEADLOCK]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    for needle in [
        "First failure: RE",
        "deadlock in schedule ",
        "every goroutine is blocked with calls pending",
        " waits in `",
    ] {
        assert!(
            run.stdout.contains(needle),
            "{needle:?} missing:\n{}",
            run.transcript()
        );
    }
    snapshot_measured!("concurrent_deadlock", run.transcript());
}

#[test]
fn c_cpp_and_rust_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let home = Home::new();
    for (file, body) in [
        ("lru.c", "int unused;\n"),
        ("lru.cpp", "int unused;\n"),
        ("lru.rs", "struct LRUCache;\n"),
    ] {
        std::fs::write(dir.path().join(file), body).unwrap();
        let run = home.judge_in(dir.path(), &["submit", "thread-safe-lru-cache", file]);
        assert_eq!(run.code, 2, "{}", run.transcript());
        for needle in ["judged in Go only", "thread-spawn", "shared memory"] {
            assert!(
                run.stderr.contains(needle),
                "{file}: {needle:?} missing:\n{}",
                run.transcript()
            );
        }
        if file == "lru.c" {
            snapshot_measured!("concurrent_refuses_c", run.transcript());
        }
    }
}
