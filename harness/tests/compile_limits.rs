//! Compiles that go wrong in the compiler, not in the user's code: a
//! compiler that crashes must be reported as such, without its stack dump,
//! backtrace, command line or any host path, and a compile whose processes
//! together use more than the memory budget is stopped with a compile
//! error naming the budget. Real rustc, real signals.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use harness::driver::generate;
use harness::language::Language;
use harness::signature::{parse_param, Method, Signature, Type};
use harness::toolchain::{compile, detect, CompileFailure, CompileLimit, CompileLimits};

/// Both tests find "their" rustc among this process's grandchildren, so
/// they must not compile at the same time.
static ONE_COMPILE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn sig() -> Signature {
    Signature::Function {
        function: Method {
            name: "f".into(),
            params: vec![parse_param("x: int").unwrap()],
            returns: Type::Int,
        },
        immutable_input: false,
    }
}

/// A function whose constant takes minutes to evaluate at compile time.
const SLOW_RS: &str = r#"
#[allow(long_running_const_eval)]
const SPIN: i32 = {
    let mut i = 0u64;
    let mut x = 0u64;
    while i < 40_000_000_000 {
        x = x.wrapping_mul(31).wrapping_add(i);
        i += 1;
    }
    x as i32
};

fn f(x: i32) -> i32 {
    x + SPIN
}
"#;

/// Pids of processes whose parent is `parent`.
fn children_of(parent: u32) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        let ppid = stat
            .rsplit_once(") ")
            .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
        if ppid == Some(parent) {
            found.push(pid);
        }
    }
    found
}

fn cmdline(pid: u32) -> String {
    String::from_utf8_lossy(&std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default())
        .replace('\0', " ")
}

#[test]
fn a_crashing_compiler_is_reported_without_host_details() {
    let _serial = ONE_COMPILE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let Ok(tc) = detect(Language::Rust) else {
        eprintln!("skipping: no Rust toolchain");
        return;
    };
    let tree = generate(Language::Rust, &sig(), "slow.rs", SLOW_RS).unwrap();
    let compiling = std::thread::spawn(move || compile(&tc, &tree, &CompileLimits::default()));
    // Our child is the compile's supervisor; its child is rustc.
    let started = Instant::now();
    let rustc = loop {
        let found = children_of(std::process::id())
            .into_iter()
            .flat_map(children_of)
            .find(|&pid| cmdline(pid).contains("wasm32-wasip1"));
        if let Some(pid) = found {
            break pid;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "rustc never started"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    std::thread::sleep(Duration::from_millis(500));
    // A crash as real as any: rustc's own handler prints its backtrace.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(rustc as i32),
        nix::sys::signal::Signal::SIGABRT,
    )
    .unwrap();
    let failure = compiling.join().unwrap().expect_err("a crashed compile");
    let message = failure.to_string();
    eprintln!("{message}");
    assert!(failure.is_user_error(), "{message}");
    assert!(
        message.starts_with("the compiler crashed (signal 6)"),
        "{message}"
    );
    for host in ["/root", "/usr/", "/home", "0x7f", "judge-build", ".so("] {
        assert!(!message.contains(host), "`{host}` in:\n{message}");
    }
}

#[test]
fn a_compile_over_its_memory_budget_is_a_compile_error_naming_it() {
    let _serial = ONE_COMPILE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let Ok(tc) = detect(Language::Rust) else {
        eprintln!("skipping: no Rust toolchain");
        return;
    };
    let tree = generate(Language::Rust, &sig(), "slow.rs", SLOW_RS).unwrap();
    let limits = CompileLimits {
        memory_budget: 40 << 20,
        go_build_cache: Some(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("gocache")),
        ..CompileLimits::default()
    };
    let started = Instant::now();
    match compile(&tc, &tree, &limits) {
        Err(CompileFailure::Limit {
            limit: CompileLimit::Memory,
            message,
        }) => {
            assert!(message.contains("40 MiB memory budget"), "{message}");
            assert!(started.elapsed() < Duration::from_secs(30));
        }
        other => panic!("expected the memory budget to stop the compile: {other:?}"),
    }
}
