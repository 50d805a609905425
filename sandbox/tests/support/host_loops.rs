//! Guests that do nothing but call one WASI function in a loop, and the
//! pure-computation loop they are compared with: shared by the tests that
//! check such guests end out of fuel quickly and by the benchmark that sets
//! the host-call fuel costs.

#![allow(dead_code)]

/// Memory every loop guest gets, in 64 KiB pages (16 MiB: room for a
/// 1 MiB `random_get` buffer and large iovec and subscription arrays).
pub const PAGES: u32 = 256;

/// `(name, body of _start)` of each host-call loop.
pub const LOOPS: &[(&str, &str)] = &[
    (
        "fd_write, no iovec",
        "(loop (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 8))) (br 0))",
    ),
    (
        "fd_write, 4096 empty iovecs",
        "(loop (drop (call $fd_write (i32.const 1) (i32.const 65536) (i32.const 4096) (i32.const 8))) (br 0))",
    ),
    (
        "fd_read at end of input",
        "(loop (drop (call $fd_read (i32.const 0) (i32.const 65536) (i32.const 1) (i32.const 8))) (br 0))",
    ),
    (
        "clock_time_get",
        "(loop (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 8))) (br 0))",
    ),
    (
        "random_get, 1 MiB",
        "(loop (drop (call $random_get (i32.const 1048576) (i32.const 1048576))) (br 0))",
    ),
    (
        "random_get, 1 byte",
        "(loop (drop (call $random_get (i32.const 16) (i32.const 1))) (br 0))",
    ),
    (
        "poll_oneoff, 1 clock",
        "(i32.store (i32.const 65544) (i32.const 0))
         (loop (drop (call $poll_oneoff (i32.const 65536) (i32.const 4194304) (i32.const 1) (i32.const 8))) (br 0))",
    ),
    (
        "poll_oneoff, 4096 clocks",
        "(loop (drop (call $poll_oneoff (i32.const 65536) (i32.const 4194304) (i32.const 4096) (i32.const 8))) (br 0))",
    ),
    (
        // Past the channel's cap a recording mark ends the run; a faulting
        // buffer pays the same entry without recording.
        "judge call_begin, bad buffer",
        "(loop (drop (call $call_begin (i32.const -1) (i32.const 2))) (br 0))",
    ),
    (
        "args_sizes_get",
        "(loop (drop (call $args_sizes_get (i32.const 8) (i32.const 12))) (br 0))",
    ),
    (
        "fd_seek (denied)",
        "(loop (drop (call $fd_seek (i32.const 3) (i64.const 0) (i32.const 0) (i32.const 8))) (br 0))",
    ),
];

/// The pure-computation loop: integer arithmetic on locals, no host call.
pub const COMPUTE: &str = "(local i32 i32)
    (loop
      (local.set 0 (i32.add (local.get 0) (i32.const 1)))
      (local.set 1 (i32.xor (local.get 1) (i32.mul (local.get 0) (i32.const 7))))
      (br 0))";

/// A command module importing the WASI functions the loops use, with
/// `body` as `_start`.
pub fn module(body: &str) -> String {
    format!(
        r#"(module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "judge" "call_begin" (func $call_begin (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
          (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (import "wasi_snapshot_preview1" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
          (memory (export "memory") {PAGES})
          (func (export "_start") {body}))"#
    )
}
