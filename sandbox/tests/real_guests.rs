//! Real guests: programs built by the real Go, Rust and C toolchains for
//! WASI, each reading stdin and writing stdout through the sandbox.
//! `.ci/run` installs the toolchains; a missing one fails the test.

use std::path::Path;
use std::process::Command;

use sandbox::{Limits, RunEnd, RunRequest, Sandbox, SandboxConfig};

fn build(dir: &Path, cmd: &mut Command) -> Vec<u8> {
    let out = cmd
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (run .ci/install-toolchains)"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(dir.join("out.wasm")).unwrap()
}

fn run(wasm: &[u8], stdin: &[u8], seed: u64) -> sandbox::Outcome {
    let sandbox = Sandbox::new(SandboxConfig::default()).unwrap();
    let program = sandbox.load(wasm).expect("loads");
    program.run(&RunRequest {
        stdin,
        seed,
        limits: Limits {
            fuel: 2_000_000_000,
            ..Limits::default()
        },
    })
}

#[test]
fn go_program_reads_stdin_and_writes_stdout() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.go"),
        r#"package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"time"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sum := 0
	for sc.Scan() {
		var x int
		fmt.Sscan(sc.Text(), &x)
		sum += x
	}
	time.Sleep(time.Hour)
	fmt.Printf("sum=%d rand=%d\n", sum, rand.Intn(1000000))
}
"#,
    )
    .unwrap();
    let wasm = build(
        dir.path(),
        Command::new("go")
            .args(["build", "-o", "out.wasm", "main.go"])
            .env("GOOS", "wasip1")
            .env("GOARCH", "wasm"),
    );
    let a = run(&wasm, b"1\n2\n39\n", 7);
    assert_eq!(
        a.end,
        RunEnd::Exited(0),
        "{}",
        String::from_utf8_lossy(&a.stderr)
    );
    let text = String::from_utf8(a.stdout.clone()).unwrap();
    assert!(text.starts_with("sum=42 rand="), "{text}");
    // Determinism: the same seed gives the same output and the same fuel.
    let b = run(&wasm, b"1\n2\n39\n", 7);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.fuel_consumed, b.fuel_consumed);
}

#[test]
fn rust_program_reads_stdin_and_writes_stdout() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.rs"),
        r#"use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let words: Vec<&str> = s.split_whitespace().rev().collect();
    println!("{}", words.join(" "));
}
"#,
    )
    .unwrap();
    let wasm = build(
        dir.path(),
        Command::new("rustc").args([
            "--target",
            "wasm32-wasip1",
            "-O",
            "main.rs",
            "-o",
            "out.wasm",
        ]),
    );
    let out = run(&wasm, b"one two three", 1);
    assert_eq!(out.end, RunEnd::Exited(0));
    assert_eq!(out.stdout, b"three two one\n");
}

#[test]
fn c_program_reads_stdin_and_writes_stdout() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.c"),
        r#"#include <stdio.h>
int main(void) {
    long a, b;
    if (scanf("%ld %ld", &a, &b) != 2) return 1;
    printf("%ld\n", a * b);
    return 0;
}
"#,
    )
    .unwrap();
    let wasm = build(
        dir.path(),
        Command::new("clang-19").args(["--target=wasm32-wasi", "-O2", "main.c", "-o", "out.wasm"]),
    );
    let out = run(&wasm, b"6 7", 1);
    assert_eq!(out.end, RunEnd::Exited(0));
    assert_eq!(out.stdout, b"42\n");
    let out = run(&wasm, b"", 1);
    assert_eq!(out.end, RunEnd::Exited(1));
}
