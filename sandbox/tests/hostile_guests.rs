//! Guests that attack the host rather than compute: hostile sizes passed to
//! each WASI function, loops on cheap host calls, and modules built to be
//! expensive to compile. Each must get its own end quickly (an errno, out of
//! fuel, or a load error naming the judge's limit), never a host abort, a
//! huge allocation or the wall-clock backstop.

mod support;

use std::time::{Duration, Instant};

use sandbox::{Limits, LoadError, Outcome, RunEnd, RunRequest, Sandbox, SandboxConfig};
use support::{host_loops, modules};

/// Far below the default backstop, so a guest that escapes fuel fails the
/// test in seconds instead of minutes.
const BACKSTOP: Duration = Duration::from_secs(15);

fn sandbox() -> Sandbox {
    Sandbox::new(SandboxConfig {
        wall_clock_backstop: BACKSTOP,
        ..SandboxConfig::default()
    })
    .expect("sandbox")
}

fn run(wat: &str, fuel: u64) -> Outcome {
    let wasm = wat::parse_str(wat).expect("fixture parses");
    let program = sandbox().load(&wasm).expect("fixture loads");
    program.run(&RunRequest {
        stdin: b"",
        seed: 1,
        limits: Limits {
            fuel,
            memory_bytes: 16 << 20,
            stdout_bytes: 4096,
            stderr_bytes: 4096,
            ..Limits::default()
        },
    })
}

const EFAULT: i32 = 21;

/// Each call with a hostile count or pointer; `proc_exit` with its errno.
const HOSTILE_CALLS: &[(&str, &str, i32)] = &[
    (
        "poll_oneoff with 2^31-1 subscriptions",
        "(call $poll_oneoff (i32.const 0) (i32.const 1024) (i32.const 0x7fffffff) (i32.const 8))",
        EFAULT,
    ),
    (
        "poll_oneoff with 2^32-1 subscriptions",
        "(call $poll_oneoff (i32.const 0) (i32.const 1024) (i32.const -1) (i32.const 8))",
        EFAULT,
    ),
    (
        "poll_oneoff with events past the end of memory",
        "(call $poll_oneoff (i32.const 0) (i32.const -64) (i32.const 1) (i32.const 8))",
        EFAULT,
    ),
    (
        "fd_write with -1 iovecs",
        "(call $fd_write (i32.const 1) (i32.const 0) (i32.const -1) (i32.const 8))",
        EFAULT,
    ),
    (
        "fd_write with an iovec table wrapping around memory",
        "(call $fd_write (i32.const 1) (i32.const -8) (i32.const 2) (i32.const 8))",
        EFAULT,
    ),
    (
        "fd_write with a 4 GiB iovec",
        "(i32.store (i32.const 4) (i32.const -1))
         (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))",
        EFAULT,
    ),
    (
        "fd_read with -1 iovecs",
        "(call $fd_read (i32.const 0) (i32.const 0) (i32.const -1) (i32.const 8))",
        EFAULT,
    ),
    (
        "random_get of 4 GiB",
        "(call $random_get (i32.const 0) (i32.const -1))",
        EFAULT,
    ),
    (
        "random_get of 256 MiB",
        "(call $random_get (i32.const 0) (i32.const 0x10000000))",
        EFAULT,
    ),
    (
        "clock_time_get writing past the end of memory",
        "(call $clock_time_get (i32.const 1) (i64.const 0) (i32.const -4))",
        EFAULT,
    ),
    (
        "args_sizes_get writing past the end of memory",
        "(call $args_sizes_get (i32.const 0) (i32.const -2))",
        EFAULT,
    ),
];

#[test]
fn hostile_sizes_get_an_errno_at_once() {
    for (name, call, errno) in HOSTILE_CALLS {
        let started = Instant::now();
        let out = run(
            &host_loops::module(&format!("(call $proc_exit {call})",)),
            50_000_000,
        );
        assert_eq!(out.end, RunEnd::Exited(*errno), "{name}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{name}: {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn host_call_loops_run_out_of_fuel_within_seconds() {
    // 100M fuel: a thirtieth of a real pack's limit, yet before host calls
    // cost fuel these loops needed minutes to spend it. (A debug build's
    // host calls are tens of times slower than a release build's.)
    for (name, body) in host_loops::LOOPS {
        let started = Instant::now();
        let out = run(&host_loops::module(body), 100_000_000);
        assert_eq!(out.end, RunEnd::OutOfFuel, "{name}");
        assert_eq!(out.fuel_consumed, 100_000_000, "{name}");
        assert!(started.elapsed() < BACKSTOP, "{name}");
    }
}

#[test]
fn a_host_call_that_cannot_be_paid_for_ends_out_of_fuel() {
    // 64 MiB of random bytes costs more than the whole budget: the call is
    // refused before any byte is generated.
    let wat = host_loops::module("(drop (call $random_get (i32.const 0) (i32.const 0x1000000)))");
    let out = run(&wat, 1_000_000);
    assert_eq!(out.end, RunEnd::OutOfFuel);
    assert_eq!(out.fuel_consumed, 1_000_000);
}

fn refusal(wasm: &[u8]) -> (LoadError, Duration) {
    let started = Instant::now();
    let err = sandbox().load(wasm).err().expect("module refused");
    (err, started.elapsed())
}

#[test]
fn four_hundred_thousand_functions_are_refused_at_once() {
    let (err, took) = refusal(&modules::many_functions(400_000));
    assert!(matches!(err, LoadError::OverCap(_)), "{err:?}");
    assert!(
        err.to_string()
            .contains("functions, above the judge's limit of 10000"),
        "{err}"
    );
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[test]
fn a_huge_function_is_refused_at_once() {
    let (err, took) = refusal(&modules::huge_function(1 << 20));
    assert!(
        err.to_string()
            .contains("bytes in one function body, above the judge's limit"),
        "{err}"
    );
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[test]
fn many_large_functions_are_refused_by_their_total() {
    let (err, _) = refusal(&modules::many_big_functions(12, 60 << 10, 0));
    assert!(
        err.to_string()
            .contains("bytes of code in functions over 16 KiB"),
        "{err}"
    );
}

#[test]
fn two_memories_name_the_judge_limit() {
    let wasm = wat::parse_str(
        r#"(module (memory (export "memory") 1) (memory 1) (func (export "_start")))"#,
    )
    .unwrap();
    let (err, _) = refusal(&wasm);
    assert_eq!(
        err.to_string(),
        "module has 2 memories, above the judge's limit of 1"
    );
}

#[test]
fn an_oversized_table_names_the_judge_limit() {
    let wasm = wat::parse_str(
        r#"(module (memory (export "memory") 1) (table 200000 funcref) (func (export "_start")))"#,
    )
    .unwrap();
    let (err, _) = refusal(&wasm);
    assert_eq!(
        err.to_string(),
        "module has 200000 initial table elements, above the judge's limit of 100000"
    );
}

#[test]
fn a_table_of_thirty_thousand_entries_runs() {
    let out = run(
        r#"(module (memory (export "memory") 1) (table 30000 funcref) (func (export "_start")))"#,
        1_000_000,
    );
    assert_eq!(out.end, RunEnd::Exited(0));
}
