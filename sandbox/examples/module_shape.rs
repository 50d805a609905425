//! Prints the shape of WebAssembly modules next to the judge's caps, and how
//! long the sandbox takes to load (validate and compile) each one, so the caps
//! in `module_caps.rs` can be re-checked against real solution modules:
//!
//! `cargo run --release -p sandbox --example module_shape -- a.wasm b.wasm`

use std::time::Instant;

use sandbox::{caps, Cap, ModuleShape, Sandbox, SandboxConfig};

fn main() {
    let sandbox = match Sandbox::new(SandboxConfig::default()) {
        Ok(sandbox) => sandbox,
        Err(e) => return eprintln!("{e}"),
    };
    for path in std::env::args().skip(1) {
        let wasm = match std::fs::read(&path) {
            Ok(wasm) => wasm,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        println!("{path}: {} bytes", wasm.len());
        match ModuleShape::measure(&wasm) {
            Ok(shape) => print_shape(&shape),
            Err(over) => println!("  refused: {over}"),
        }
        let started = Instant::now();
        let loaded = sandbox.load(&wasm);
        let took = started.elapsed();
        match loaded {
            Ok(_) => println!("  loaded in {took:.2?}"),
            Err(e) => println!("  not loaded after {took:.2?}: {e}"),
        }
    }
}

fn print_shape(shape: &ModuleShape) {
    let rows: [(u64, Cap); 13] = [
        (shape.functions, caps::FUNCTIONS),
        (shape.code_bytes, caps::CODE_BYTES),
        (shape.largest_function_bytes, caps::FUNCTION_BYTES),
        (
            shape.large_function_code_bytes,
            caps::LARGE_FUNCTION_CODE_BYTES,
        ),
        (shape.most_locals, caps::LOCALS),
        (shape.types, caps::TYPES),
        (shape.globals, caps::GLOBALS),
        (shape.exports, caps::EXPORTS),
        (shape.memories, caps::MEMORIES),
        (shape.tables, caps::TABLES),
        (shape.largest_table_elements, caps::TABLE_ELEMENTS),
        (shape.element_segments, caps::ELEMENT_SEGMENTS),
        (shape.data_segments, caps::DATA_SEGMENTS),
    ];
    for (found, cap) in rows {
        println!(
            "  {:>10} {:<28} cap {:>10} ({:.1}%)",
            found,
            cap.what,
            cap.limit,
            found as f64 * 100.0 / cap.limit as f64
        );
    }
}
