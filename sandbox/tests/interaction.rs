//! A solution and an interactor joined by pipes, as WebAssembly-text
//! guests: answers cross, both waiting to read is reported, a side that
//! ends early leaves the other the end of input, floods yield instead of
//! failing, a hostile interactor ends on its own fuel, and the same pair
//! uses the same fuel every time.

use sandbox::{
    GuestFiles, Interaction, Limits, Outcome, RunEnd, RunRequest, Sandbox, SandboxConfig, Side,
    PIPE_CAPACITY,
};

fn limits() -> Limits {
    Limits {
        fuel: 50_000_000,
        memory_bytes: 16 << 20,
        stdout_bytes: 1 << 20,
        stderr_bytes: 4096,
        channel_bytes: 4096,
    }
}

/// A command module with fd_read, fd_write and proc_exit, plus `body`.
fn command(body: &str) -> Vec<u8> {
    wat::parse_str(format!(
        r#"(module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (memory (export "memory") 1)
          (data (i32.const 200) "hi\n")
          (func $read (result i32)
            (i32.store (i32.const 0) (i32.const 1024))
            (i32.store (i32.const 4) (i32.const 4096))
            (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
            (i32.load (i32.const 8)))
          (func $write (param $at i32) (param $len i32)
            (i32.store (i32.const 16) (local.get $at))
            (i32.store (i32.const 20) (local.get $len))
            (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24))))
          {body})"#
    ))
    .expect("fixture parses")
}

/// Echoes what it reads until the end of input, then exits 0.
const ECHO: &str = r#"(func (export "_start") (local $n i32)
    (loop $l
      (local.set $n (call $read))
      (if (i32.eqz (local.get $n)) (then (return)))
      (call $write (i32.const 1024) (local.get $n))
      (br $l)))"#;

/// Says `hi`, reads one answer: exit 42 if there was one, else 43.
const ASK: &str = r#"(func (export "_start")
    (call $write (i32.const 200) (i32.const 3))
    (call $proc_exit (select (i32.const 42) (i32.const 43) (call $read))))"#;

/// Reads first: waits for the other side to speak.
const LISTEN_FIRST: &str = r#"(func (export "_start")
    (call $proc_exit (select (i32.const 42) (i32.const 43) (call $read))))"#;

/// Writes 1000 bytes at a time, forever, never reading.
const FLOOD: &str =
    r#"(func (export "_start") (loop $l (call $write (i32.const 1024) (i32.const 1000)) (br $l)))"#;

/// Reads until the end of input, then accepts.
const DRAIN: &str = r#"(func (export "_start") (loop $l (br_if $l (call $read))) (call $proc_exit (i32.const 42)))"#;

const EXIT_AT_ONCE: &str = r#"(func (export "_start"))"#;

const SPIN: &str = r#"(func (export "_start") (loop $l (br $l)))"#;

fn interact(solution: &str, interactor: &str) -> Interaction {
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("sandbox");
    let solution = sandbox.load(&command(solution)).expect("solution loads");
    let interactor = sandbox
        .load(&command(interactor))
        .expect("interactor loads");
    let request = RunRequest {
        stdin: b"ignored: the pipe is stdin",
        seed: 1,
        limits: limits(),
    };
    solution.run_interactive(&request, &interactor, &request, &GuestFiles::default())
}

fn ends(outcome: &Outcome) -> &RunEnd {
    &outcome.end
}

#[test]
fn a_question_and_its_echo_cross_and_the_interactor_decides() {
    let run = interact(ECHO, ASK);
    assert_eq!(ends(&run.interactor), &RunEnd::Exited(42));
    assert_eq!(ends(&run.solution), &RunEnd::Exited(0));
    assert_eq!(run.solution.stdout, b"hi\n");
    assert_eq!(run.interactor.stdout, b"hi\n");
    assert_eq!(run.first_to_end, Some(Side::Interactor));
}

#[test]
fn the_same_pair_uses_the_same_fuel_every_time() {
    let first = interact(ECHO, ASK);
    for _ in 0..3 {
        let again = interact(ECHO, ASK);
        assert_eq!(again.solution.fuel_consumed, first.solution.fuel_consumed);
        assert_eq!(
            again.interactor.fuel_consumed,
            first.interactor.fuel_consumed
        );
    }
    assert!(first.solution.fuel_consumed > 0);
}

#[test]
fn both_waiting_to_read_ends_both_as_waiting_for_input() {
    let run = interact(LISTEN_FIRST, LISTEN_FIRST);
    assert_eq!(ends(&run.solution), &RunEnd::WaitingForInput);
    assert_eq!(ends(&run.interactor), &RunEnd::WaitingForInput);
}

#[test]
fn a_solution_that_exits_early_leaves_the_interactor_the_end_of_input() {
    let run = interact(EXIT_AT_ONCE, ASK);
    assert_eq!(ends(&run.solution), &RunEnd::Exited(0));
    assert_eq!(ends(&run.interactor), &RunEnd::Exited(43));
    assert_eq!(run.first_to_end, Some(Side::Solution));
}

#[test]
fn a_flooding_solution_yields_to_the_reader_and_ends_at_its_output_cap() {
    let run = interact(FLOOD, DRAIN);
    assert_eq!(ends(&run.solution), &RunEnd::OutputLimit);
    assert!(run.solution.stdout.len() > 4 * PIPE_CAPACITY);
    assert_eq!(ends(&run.interactor), &RunEnd::Exited(42));
}

#[test]
fn a_flooding_interactor_ends_at_its_output_cap_while_the_solution_echoes() {
    let run = interact(DRAIN, FLOOD);
    assert_eq!(ends(&run.interactor), &RunEnd::OutputLimit);
    assert_eq!(ends(&run.solution), &RunEnd::Exited(42));
}

#[test]
fn an_endless_interactor_ends_on_its_own_fuel_and_the_solution_sees_the_end() {
    let run = interact(ECHO, SPIN);
    assert_eq!(ends(&run.interactor), &RunEnd::OutOfFuel);
    assert_eq!(ends(&run.solution), &RunEnd::Exited(0));
    assert_eq!(run.first_to_end, Some(Side::Interactor));
}

#[test]
fn a_flood_nobody_reads_still_ends() {
    // The solution floods and the interactor only spins: the writer yields,
    // the spinner runs out of fuel, the rest of the flood goes nowhere.
    let run = interact(FLOOD, SPIN);
    assert_eq!(ends(&run.interactor), &RunEnd::OutOfFuel);
    assert_eq!(ends(&run.solution), &RunEnd::OutputLimit);
}
