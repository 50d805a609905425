//! Generators of hostile but valid WebAssembly command modules, shared by the
//! failure-mode tests and the limits benchmark: shapes that are cheap to
//! write and expensive to compile.

#![allow(dead_code)]

/// A command module with `count` small functions besides `_start`.
pub fn many_functions(count: usize) -> Vec<u8> {
    let mut wat = String::with_capacity(count * 48 + 128);
    wat.push_str("(module (memory (export \"memory\") 1) (func (export \"_start\"))\n");
    for i in 0..count {
        wat.push_str(&format!(
            "(func (param i32) (result i32) (i32.add (local.get 0) (i32.const {i})))\n"
        ));
    }
    wat.push(')');
    wat::parse_str(&wat).expect("generated module parses")
}

/// The body of one straight-line but branchy function of about `bytes`
/// bytes over `locals` locals: a branch on one local per step, a load and
/// arithmetic, then every local stored so that no step is dead code.
fn branchy_body(bytes: usize, locals: usize) -> String {
    // Each step encodes to about 20 bytes.
    let steps = bytes / 20;
    let mut body = String::with_capacity(steps * 110 + 64);
    body.push_str("(local");
    for _ in 0..locals {
        body.push_str(" i32");
    }
    body.push(')');
    for i in 0..steps {
        let [a, b, c, d] = [i, i * 7 + 3, i * 13 + 5, i * 31 + 1].map(|x| x % locals);
        body.push_str(&format!(
            "(if (local.get {a}) (then (local.set {d} (i32.xor (i32.load (local.get {b})) (local.get {c})))) (else (local.set {b} (local.get {d}))))"
        ));
    }
    for l in 0..locals {
        body.push_str(&format!(
            "(i32.store (i32.const {}) (local.get {l}))",
            l * 4
        ));
    }
    body
}

/// A command module whose `_start` is one function of about `bytes` bytes,
/// with many values live across many branches (the costly case for register
/// allocation).
pub fn huge_function(bytes: usize) -> Vec<u8> {
    many_big_functions(0, 0, bytes)
}

/// A command module of `functions` functions of about `bytes_each` bytes,
/// plus a `_start` of about `start_bytes` bytes.
pub fn many_big_functions(functions: usize, bytes_each: usize, start_bytes: usize) -> Vec<u8> {
    let mut wat = String::from("(module (memory (export \"memory\") 1)\n");
    wat.push_str(&format!(
        "(func (export \"_start\") {})\n",
        branchy_body(start_bytes, 64)
    ));
    let body = branchy_body(bytes_each, 64);
    for _ in 0..functions {
        wat.push_str(&format!("(func {body})\n"));
    }
    wat.push(')');
    wat::parse_str(&wat).expect("generated module parses")
}
