//! Limits benchmark: checks, with numbers, the two claims that bound what a
//! hostile guest costs the judge in wall time.
//!
//! 1. Fuel bounds wall time. Each guest of `tests/support/host_loops.rs`
//!    loops on one WASI call until its fuel runs out; its wall time is
//!    compared with a pure-computation loop given the same fuel. The
//!    host-call costs in `src/wasi/costs.rs` are set from this table so that
//!    every ratio stays at most 3.
//! 2. Compiling any accepted module is quick. The largest modules the caps
//!    of `src/module_caps.rs` accept, in the costliest shapes found (many
//!    small functions; branchy functions with many live values), are loaded
//!    and timed (wall and CPU), and modules just over a cap must be refused
//!    at once.
//!
//! `cargo bench -p sandbox --bench limits` runs it in full. Without
//! `--bench` (as `cargo test --benches` runs it) it does a quick smoke pass
//! with little fuel and small modules.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use sandbox::{caps, Limits, RunEnd, RunRequest, Sandbox, SandboxConfig};
use support::{host_loops, modules};

/// The ratio of a host-call loop's wall time to the computation's.
const RATIO_TARGET: f64 = 3.0;

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("sandbox");
    let fuel = if full { 2_000_000_000 } else { 20_000_000 };
    let ok_calls = host_calls(&sandbox, fuel);
    let ok_compile = compile_caps(&sandbox, full);
    if !full {
        println!("smoke mode: run `cargo bench -p sandbox --bench limits` to measure");
    }
    if full && !(ok_calls && ok_compile) {
        std::process::exit(1);
    }
}

fn limits(fuel: u64) -> Limits {
    Limits {
        fuel,
        memory_bytes: 64 << 20,
        stdout_bytes: 8 << 20,
        stderr_bytes: 1 << 20,
        ..Limits::default()
    }
}

/// Runs `body` with `fuel`; its wall time, and whether it ran out of fuel.
fn time_loop(sandbox: &Sandbox, body: &str, fuel: u64) -> (Duration, RunEnd) {
    let wasm = wat::parse_str(host_loops::module(body)).expect("loop parses");
    let program = sandbox.load(&wasm).expect("loop loads");
    let started = Instant::now();
    let out = program.run(&RunRequest {
        stdin: b"",
        seed: 1,
        limits: limits(fuel),
    });
    (started.elapsed(), out.end)
}

fn host_calls(sandbox: &Sandbox, fuel: u64) -> bool {
    println!("host-call loops, {fuel} fuel each (target: at most {RATIO_TARGET}x the computation)");
    let (compute, end) = time_loop(sandbox, host_loops::COMPUTE, fuel);
    assert_eq!(end, RunEnd::OutOfFuel, "the computation loop");
    let ns_per_fuel = compute.as_nanos() as f64 / fuel as f64;
    println!(
        "  {:<30} {:>9.3} s  ({ns_per_fuel:.3} ns per fuel)",
        "pure computation",
        compute.as_secs_f64()
    );
    let mut ok = true;
    for (name, body) in host_loops::LOOPS {
        let (took, end) = time_loop(sandbox, body, fuel);
        let ratio = took.as_secs_f64() / compute.as_secs_f64();
        let verdict = if end != RunEnd::OutOfFuel {
            ok = false;
            format!("ended {end}, not out of fuel")
        } else if ratio > RATIO_TARGET {
            ok = false;
            "OVER TARGET".to_string()
        } else {
            String::new()
        };
        println!(
            "  {name:<30} {:>9.3} s  {ratio:>5.2}x  {verdict}",
            took.as_secs_f64()
        );
    }
    ok
}

/// CPU time this process has used (user + system), from /proc.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn compile_caps(sandbox: &Sandbox, full: bool) -> bool {
    let code = caps::CODE_BYTES.limit as usize;
    let large = caps::LARGE_FUNCTION as usize;
    let biggest = caps::FUNCTION_BYTES.limit as usize;
    let functions = caps::FUNCTIONS.limit as usize;
    // Each case: name, module, whether the caps must accept it.
    let cases: Vec<(String, Vec<u8>, bool)> = if full {
        vec![
            (
                format!("{} small functions", functions - 1),
                modules::many_functions(functions - 1),
                true,
            ),
            (
                format!("{} small functions", functions * 40),
                modules::many_functions(functions * 40),
                false,
            ),
            (
                "branchy functions of 16 KiB, code cap".into(),
                modules::many_big_functions(code * 15 / 16 / large, large - 512, 0),
                true,
            ),
            (
                "branchy functions of 64 KiB, large-function cap".into(),
                modules::many_big_functions(
                    caps::LARGE_FUNCTION_CODE_BYTES.limit as usize / biggest - 1,
                    biggest - 1024,
                    0,
                ),
                true,
            ),
            (
                "one 1 MiB function".into(),
                modules::huge_function(1 << 20),
                false,
            ),
        ]
    } else {
        vec![
            (
                "100 small functions".into(),
                modules::many_functions(100),
                true,
            ),
            (
                format!("{} small functions", functions + 1),
                modules::many_functions(functions + 1),
                false,
            ),
            (
                "one 1 MiB function".into(),
                modules::huge_function(1 << 20),
                false,
            ),
        ]
    };
    println!("module compilation under the caps");
    let mut ok = true;
    for (name, wasm, accept) in cases {
        let started = Instant::now();
        let cpu = cpu_time();
        let loaded = sandbox.load(&wasm);
        let wall = started.elapsed();
        let cpu = cpu.zip(cpu_time()).map(|(a, b)| b.saturating_sub(a));
        let what = match &loaded {
            Ok(_) => "loaded".to_string(),
            Err(e) => format!("refused: {e}"),
        };
        let right = loaded.is_ok() == accept;
        ok &= right;
        println!(
            "  {name:<48} {:>8} bytes {:>7.2} s wall {:>7.2} s cpu  {what}{}",
            wasm.len(),
            wall.as_secs_f64(),
            cpu.unwrap_or_default().as_secs_f64(),
            if right { "" } else { "  UNEXPECTED" }
        );
    }
    ok
}
