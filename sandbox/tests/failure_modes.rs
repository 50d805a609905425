//! One small WebAssembly-text fixture per way a run can end, each checked
//! through the public sandbox API.

use std::time::{Duration, Instant};

use sandbox::{
    CallMark, Limits, LoadError, Outcome, RunEnd, RunRequest, Sandbox, SandboxConfig, TrapKind,
};

fn sandbox() -> Sandbox {
    Sandbox::new(SandboxConfig::default()).expect("sandbox")
}

fn limits() -> Limits {
    Limits {
        fuel: 50_000_000,
        memory_bytes: 16 << 20,
        stdout_bytes: 4096,
        stderr_bytes: 4096,
        channel_bytes: 4096,
    }
}

fn run_wat(wat: &str, stdin: &[u8], seed: u64) -> Outcome {
    let wasm = wat::parse_str(wat).expect("fixture parses");
    let program = sandbox().load(&wasm).expect("fixture loads");
    program.run(&RunRequest {
        stdin,
        seed,
        limits: limits(),
    })
}

/// A command module with WASI's fd_write/proc_exit and memory, plus `body`.
fn command(body: &str) -> String {
    format!(
        r#"(module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
          (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          {body})"#
    )
}

#[test]
fn infinite_loop_runs_out_of_fuel() {
    let out = run_wat(
        &command(r#"(func (export "_start") (loop (br 0)))"#),
        b"",
        1,
    );
    assert_eq!(out.end, RunEnd::OutOfFuel);
    assert_eq!(out.fuel_consumed, limits().fuel);
}

#[test]
fn spinning_start_function_runs_out_of_fuel() {
    let out = run_wat(
        &command(r#"(func $spin (loop (br 0))) (start $spin) (func (export "_start"))"#),
        b"",
        1,
    );
    assert_eq!(out.end, RunEnd::OutOfFuel);
}

#[test]
fn growing_memory_forever_hits_the_memory_limit() {
    let out = run_wat(
        &command(
            r#"(func (export "_start")
                 (loop (if (i32.ne (memory.grow (i32.const 16)) (i32.const -1)) (then (br 1))))
                 unreachable)"#,
        ),
        b"",
        1,
    );
    assert_eq!(out.end, RunEnd::MemoryLimit);
    assert!(out.peak_memory_bytes <= limits().memory_bytes);
    assert!(out.peak_memory_bytes > limits().memory_bytes / 2);
}

#[test]
fn huge_initial_memory_is_a_memory_limit() {
    let wat = r#"(module (memory (export "memory") 65536) (func (export "_start")))"#;
    let out = run_wat(wat, b"", 1);
    assert_eq!(out.end, RunEnd::MemoryLimit);
    assert_eq!(out.peak_memory_bytes, 4 << 30);
}

#[test]
fn unbounded_recursion_is_a_stack_overflow() {
    let out = run_wat(&command(r#"(func $f (export "_start") (call $f))"#), b"", 1);
    assert_eq!(out.end, RunEnd::StackOverflow);
}

#[test]
fn unreachable_and_division_by_zero_trap_with_their_kind() {
    let out = run_wat(&command(r#"(func (export "_start") unreachable)"#), b"", 1);
    assert!(
        matches!(
            out.end,
            RunEnd::Trap {
                kind: TrapKind::Unreachable,
                ..
            }
        ),
        "{:?}",
        out.end
    );
    let out = run_wat(
        &command(r#"(func (export "_start") (drop (i32.div_s (i32.const 1) (i32.const 0))))"#),
        b"",
        1,
    );
    assert!(
        matches!(
            out.end,
            RunEnd::Trap {
                kind: TrapKind::IntegerDivisionByZero,
                ..
            }
        ),
        "{:?}",
        out.end
    );
}

#[test]
fn endless_writes_hit_the_output_limit() {
    let out = run_wat(
        &command(
            r#"(data (i32.const 16) "spam spam spam\n")
               (func (export "_start")
                 (i32.store (i32.const 0) (i32.const 16))
                 (i32.store (i32.const 4) (i32.const 15))
                 (loop (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))) (br 0)))"#,
        ),
        b"",
        1,
    );
    assert_eq!(out.end, RunEnd::OutputLimit);
    assert_eq!(out.stdout.len() as u64, limits().stdout_bytes);
}

#[test]
fn proc_exit_reports_its_code() {
    let out = run_wat(
        &command(r#"(func (export "_start") (call $proc_exit (i32.const 3)))"#),
        b"",
        1,
    );
    assert_eq!(out.end, RunEnd::Exited(3));
}

#[test]
fn stdin_is_echoed_to_stdout() {
    let out = run_wat(
        &command(
            r#"(func (export "_start")
                 (i32.store (i32.const 0) (i32.const 64))
                 (i32.store (i32.const 4) (i32.const 100))
                 (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
                 (i32.store (i32.const 4) (i32.load (i32.const 8)))
                 (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))"#,
        ),
        b"hello sandbox",
        1,
    );
    assert_eq!(out.end, RunEnd::Exited(0));
    assert_eq!(out.stdout, b"hello sandbox");
}

#[test]
fn unknown_import_is_refused_by_name() {
    let wasm = wat::parse_str(
        r#"(module (import "env" "launch_missiles" (func)) (func (export "_start")))"#,
    )
    .unwrap();
    let err = sandbox().load(&wasm).err().expect("refused");
    assert_eq!(
        err,
        LoadError::ForbiddenImport {
            module: "env".into(),
            name: "launch_missiles".into()
        }
    );
    assert!(err.to_string().contains("env::launch_missiles"));
    let wasm = wat::parse_str(
        r#"(module (import "wasi_snapshot_preview1" "sock_open" (func)) (func (export "_start")))"#,
    )
    .unwrap();
    assert!(matches!(
        sandbox().load(&wasm),
        Err(LoadError::ForbiddenImport { .. })
    ));
}

#[test]
fn bytes_that_are_not_wasm_are_refused() {
    let err = sandbox()
        .load(b"#!/bin/sh\necho hi\n")
        .err()
        .expect("refused");
    assert!(matches!(err, LoadError::Invalid(_)), "{err:?}");
}

#[test]
fn module_without_start_is_refused() {
    let wasm = wat::parse_str(r#"(module (func (export "main")))"#).unwrap();
    assert_eq!(sandbox().load(&wasm).err(), Some(LoadError::NoStart));
}

#[test]
fn oversized_module_is_refused() {
    let sandbox = Sandbox::new(SandboxConfig {
        max_module_bytes: 16,
        ..SandboxConfig::default()
    })
    .unwrap();
    let wasm = wat::parse_str(r#"(module (func (export "_start")))"#).unwrap();
    assert!(matches!(
        sandbox.load(&wasm),
        Err(LoadError::TooLarge { .. })
    ));
}

/// poll_oneoff with one relative clock subscription of one hour, then the
/// monotonic clock before and after, written to stdout as two u64s.
const SLEEP_AN_HOUR: &str = r#"(func (export "_start")
     (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 200)))
     ;; subscription at 0: userdata 7, tag 0 (clock), clock id 1, timeout 3600 s, flags 0
     (i64.store (i32.const 0) (i64.const 7))
     (i32.store8 (i32.const 8) (i32.const 0))
     (i32.store (i32.const 16) (i32.const 1))
     (i64.store (i32.const 24) (i64.const 3600000000000))
     (i64.store (i32.const 32) (i64.const 0))
     (i32.store16 (i32.const 40) (i32.const 0))
     (drop (call $poll_oneoff (i32.const 0) (i32.const 100) (i32.const 1) (i32.const 140)))
     (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 208)))
     (i32.store (i32.const 300) (i32.const 200))
     (i32.store (i32.const 304) (i32.const 16))
     (drop (call $fd_write (i32.const 1) (i32.const 300) (i32.const 1) (i32.const 310))))"#;

#[test]
fn an_hour_of_sleep_returns_at_once_and_advances_virtual_time() {
    let started = Instant::now();
    let out = run_wat(&command(SLEEP_AN_HOUR), b"", 1);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(out.end, RunEnd::Exited(0));
    let before = u64::from_le_bytes(out.stdout[0..8].try_into().unwrap());
    let after = u64::from_le_bytes(out.stdout[8..16].try_into().unwrap());
    assert!(after - before >= 3_600_000_000_000, "{before} -> {after}");
}

const READ_CLOCK_THREE_TIMES: &str = r#"(func (export "_start")
     (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 0)))
     (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 8)))
     (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 16)))
     (i32.store (i32.const 300) (i32.const 0))
     (i32.store (i32.const 304) (i32.const 24))
     (drop (call $fd_write (i32.const 1) (i32.const 300) (i32.const 1) (i32.const 310))))"#;

#[test]
fn monotonic_clock_is_never_zero_and_strictly_increases() {
    let out = run_wat(&command(READ_CLOCK_THREE_TIMES), b"", 1);
    let reads: Vec<u64> = out
        .stdout
        .chunks(8)
        .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
        .collect();
    assert_eq!(reads.len(), 3);
    assert!(reads[0] > 0);
    assert!(reads[0] < reads[1] && reads[1] < reads[2], "{reads:?}");
}

const RANDOM_BYTES: &str = r#"(func (export "_start")
     (drop (call $random_get (i32.const 0) (i32.const 32)))
     (i32.store (i32.const 300) (i32.const 0))
     (i32.store (i32.const 304) (i32.const 32))
     (drop (call $fd_write (i32.const 1) (i32.const 300) (i32.const 1) (i32.const 310))))"#;

#[test]
fn same_seed_same_bytes_and_fuel_different_seed_different_bytes() {
    let a = run_wat(&command(RANDOM_BYTES), b"", 42);
    let b = run_wat(&command(RANDOM_BYTES), b"", 42);
    let c = run_wat(&command(RANDOM_BYTES), b"", 43);
    assert_eq!(a.stdout.len(), 32);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.fuel_consumed, b.fuel_consumed);
    assert_ne!(a.stdout, c.stdout);
}

#[test]
fn runs_of_one_program_proceed_in_parallel() {
    let wasm = wat::parse_str(command(RANDOM_BYTES)).unwrap();
    let sandbox = sandbox();
    let program = sandbox.load(&wasm).unwrap();
    let outputs: Vec<Vec<u8>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|seed| {
                let program = &program;
                s.spawn(move || {
                    program
                        .run(&RunRequest {
                            stdin: b"",
                            seed,
                            limits: limits(),
                        })
                        .stdout
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (seed, out) in outputs.iter().enumerate() {
        let again = program.run(&RunRequest {
            stdin: b"",
            seed: seed as u64,
            limits: limits(),
        });
        assert_eq!(&again.stdout, out);
    }
}

#[test]
fn disk_cache_is_reused_and_corrupt_entries_are_recompiled() {
    use sandbox::CacheStatus;
    let dir = tempfile::tempdir().unwrap();
    let config = SandboxConfig {
        cache_dir: Some(dir.path().to_path_buf()),
        ..SandboxConfig::default()
    };
    let wasm = wat::parse_str(command(RANDOM_BYTES)).unwrap();
    let first = Sandbox::new(config.clone()).unwrap();
    assert_eq!(
        first.load(&wasm).unwrap().cache_status(),
        CacheStatus::Compiled
    );
    assert_eq!(
        first.load(&wasm).unwrap().cache_status(),
        CacheStatus::Memory
    );
    drop(first);

    let second = Sandbox::new(config.clone()).unwrap();
    let program = second.load(&wasm).unwrap();
    assert_eq!(program.cache_status(), CacheStatus::Disk);
    let out = program.run(&RunRequest {
        stdin: b"",
        seed: 1,
        limits: limits(),
    });
    assert_eq!(out.end, RunEnd::Exited(0));

    // Corrupt every entry: the next process recompiles instead of trusting it.
    for entry in std::fs::read_dir(dir.path().join("modules")).unwrap() {
        let path = entry.unwrap().path();
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0xff;
        std::fs::write(&path, bytes).unwrap();
    }
    let third = Sandbox::new(config).unwrap();
    assert_eq!(
        third.load(&wasm).unwrap().cache_status(),
        CacheStatus::Compiled
    );
}

/// Writes `text` to `fd` from memory offset 100, after `spin` loop turns
/// (the function declares the local `$i`).
fn spin_then_write(fd: i32, text: &str, spin: u32) -> String {
    format!(
        r#"(local.set $i (i32.const {spin}))
        (block $done (loop $again
          (br_if $done (i32.eqz (local.get $i)))
          (local.set $i (i32.sub (local.get $i) (i32.const 1)))
          (br $again)))
        (i32.store (i32.const 0) (i32.const 100))
        (i32.store (i32.const 4) (i32.const {len}))
        (drop (call $fd_write (i32.const {fd}) (i32.const 0) (i32.const 1) (i32.const 8)))"#,
        len = text.len()
    )
}

#[test]
fn the_result_channel_keeps_its_bytes_apart_with_the_fuel_of_each_write() {
    let body = format!(
        r#"(data (i32.const 100) ">\n")
        (func (export "_start") (local $i i32)
          {}
          {}
          {})"#,
        spin_then_write(3, ">\n", 10),
        spin_then_write(1, ">\n", 1000),
        spin_then_write(3, ">\n", 10),
    );
    let outcome = run_wat(&command(&body), b"", 1);
    assert_eq!(outcome.end, RunEnd::Exited(0));
    assert_eq!(outcome.stdout, b">\n", "stdout is the program's own");
    assert_eq!(outcome.channel.bytes, b">\n>\n");
    let writes = &outcome.channel.writes;
    assert_eq!(writes.len(), 2);
    assert_eq!((writes[0].end(), writes[1].end()), (2, 4));
    let between = writes[1].fuel() - writes[0].fuel();
    assert!(
        (1000..outcome.fuel_consumed).contains(&between),
        "the 1000-turn loop between the writes is counted: {between}"
    );
}

#[test]
fn the_result_channel_is_not_a_preopen_and_has_its_own_cap() {
    let module = r#"(module
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "fd_prestat_get" (func $prestat (param i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
      (memory (export "memory") 1)
      (func (export "_start")
        ;; libc start-up probes preopens from fd 3 until EBADF (8).
        (if (i32.ne (call $prestat (i32.const 3) (i32.const 0)) (i32.const 8))
          (then (call $proc_exit (i32.const 9))))
        (i32.store (i32.const 0) (i32.const 100))
        (i32.store (i32.const 4) (i32.const 3000))
        (drop (call $fd_write (i32.const 3) (i32.const 0) (i32.const 1) (i32.const 8)))
        (drop (call $fd_write (i32.const 3) (i32.const 0) (i32.const 1) (i32.const 8)))))"#;
    let outcome = run_wat(module, b"", 1);
    assert_eq!(outcome.end, RunEnd::OutputLimit);
    assert_eq!(
        outcome.channel.bytes.len(),
        3000,
        "the second write is refused whole"
    );
}

/// A module importing the judge's call marks and WASI's `proc_exit`.
fn marking(body: &str) -> String {
    format!(
        r#"(module
          (import "judge" "call_begin" (func $begin (param i32 i32) (result i32)))
          (import "judge" "call_end" (func $end (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (memory (export "memory") 1)
          (data (i32.const 100) "7\n")
          {body})"#
    )
}

#[test]
fn call_marks_write_records_stamped_like_channel_writes_for_little_fuel() {
    let body = r#"(func (export "_start") (local $i i32)
        (if (call $begin (i32.const 100) (i32.const 0)) (then (call $proc_exit (i32.const 9))))
        (loop $again
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $again (i32.lt_u (local.get $i) (i32.const 1000))))
        (if (call $end) (then (call $proc_exit (i32.const 9))))
        ;; The buffered result travels with the next mark.
        (if (call $begin (i32.const 100) (i32.const 2)) (then (call $proc_exit (i32.const 9))))
        ;; A buffer outside memory is refused with EFAULT (21), nothing written.
        (if (i32.ne (call $begin (i32.const 65535) (i32.const 2)) (i32.const 21))
          (then (call $proc_exit (i32.const 9)))))"#;
    let outcome = run_wat(&marking(body), b"", 1);
    assert_eq!(outcome.end, RunEnd::Exited(0));
    // The marks are kept as flags on their writes, not as bytes.
    assert_eq!(outcome.channel.bytes, b"7\n");
    assert_eq!(outcome.channel.written_out().bytes, b">\n<\n7\n>\n");
    let writes = &outcome.channel.writes;
    let marks: Vec<_> = writes.iter().map(|w| (w.end(), w.mark())).collect();
    assert_eq!(
        marks,
        [
            (0, Some(CallMark::Begins)),
            (0, Some(CallMark::Returned)),
            (2, Some(CallMark::Begins))
        ]
    );
    // The call runs from the `>` mark's return to the `<` mark's making:
    // the 1000-turn loop and nothing of either mark.
    let call = writes[1].fuel() - writes[0].fuel_after();
    assert!(
        (1000..1000 * 12).contains(&call),
        "the loop is counted: {call}"
    );
    let mark = writes[0].fuel_after() - writes[0].fuel();
    assert!(mark < 100, "a mark costs a fraction of a fd_write: {mark}");
}

#[test]
fn call_marks_count_against_the_channel_cap() {
    let body = r#"(func (export "_start")
        (loop $again (drop (call $end)) (br $again)))"#;
    let outcome = run_wat(&marking(body), b"", 1);
    assert_eq!(outcome.end, RunEnd::OutputLimit);
    assert!(outcome.channel.bytes.len() < 4096);
}
