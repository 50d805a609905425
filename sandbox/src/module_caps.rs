//! Caps on the shape of a submitted module, checked by one cheap parsing pass
//! before anything is handed to Cranelift.
//!
//! Compiling WebAssembly costs time and memory roughly in proportion to the
//! number of functions and the size of each body (register allocation of one
//! huge function is worse than linear), and the pooling allocator refuses
//! modules with more memories, tables or instance state than it reserved,
//! but only after compiling them and in words about its own internals. Each
//! cap here is chosen so that any accepted module compiles within a few
//! seconds on a 2-core machine, while real Go, Rust, C and C++ solution
//! modules (a Go module is about 2 MB with a few thousand functions) stay far
//! below it. A module over a cap is refused with a message naming the cap.

use wasmtime::wasmparser::{Parser, Payload, TypeRef};

/// Whether every section of `wasm` is there, as far as one pass over its
/// framing tells (no validation): a module cut short, as a compiler leaves it
/// when the disk fills up, is not whole.
pub fn is_whole_module(wasm: &[u8]) -> bool {
    Parser::new(0)
        .parse_all(wasm)
        .all(|payload| payload.is_ok())
}

/// One judge limit on a module's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cap {
    /// What is counted, in words ("functions", "bytes of code").
    pub what: &'static str,
    /// The most the judge accepts.
    pub limit: u64,
}

/// The caps every module is checked against.
pub mod caps {
    use super::Cap;

    // Measured (`cargo run -p sandbox --example module_shape`): the Go
    // reference of lru-cache has 1.5k functions, 1.3 MB of code, 12.5 KB in
    // its largest function, 17 locals and 25k data segments, and takes 2.7 s
    // of CPU to compile; Rust, C and C++ modules are under 200 KB. Branchy
    // generated code costs up to about 4.5 us of CPU per byte in 16 KiB
    // functions and 7 us per byte in 64 KiB ones (`cargo bench -p sandbox
    // --bench limits`).

    /// Functions, imported and defined: each costs about 0.1 ms to compile
    /// however small, so 400k tiny ones take minutes.
    pub const FUNCTIONS: Cap = Cap {
        what: "functions",
        limit: 10_000,
    };
    /// Bytes of function bodies in all (the code section). A Go solution
    /// that uses `fmt`, `regexp`, `math/big` and `encoding/json` has 3.5 MB
    /// of code in 2.8k functions, so 2 MiB would refuse real solutions; at
    /// 6 MiB the worst case measured (branchy 16 KiB functions) is about
    /// 28 s of CPU, about 14 s on two cores with parallel compilation.
    pub const CODE_BYTES: Cap = Cap {
        what: "bytes of code",
        limit: 6 << 20,
    };
    /// Bytes of one function body: register allocation grows faster than
    /// linearly with a function's size.
    pub const FUNCTION_BYTES: Cap = Cap {
        what: "bytes in one function body",
        limit: 64 << 10,
    };
    /// Bytes in all function bodies larger than [`LARGE_FUNCTION`], which
    /// cost the most per byte.
    pub const LARGE_FUNCTION_CODE_BYTES: Cap = Cap {
        what: "bytes of code in functions over 16 KiB",
        limit: 512 << 10,
    };
    /// The body size above which a function counts as large.
    pub const LARGE_FUNCTION: u64 = 16 << 10;
    /// Locals of one function (parameters excluded).
    pub const LOCALS: Cap = Cap {
        what: "locals in one function",
        limit: 5_000,
    };
    /// Type definitions.
    pub const TYPES: Cap = Cap {
        what: "types",
        limit: 10_000,
    };
    /// Globals, imported and defined: they live in the instance's fixed-size
    /// state.
    pub const GLOBALS: Cap = Cap {
        what: "globals",
        limit: 1_000,
    };
    /// Exports.
    pub const EXPORTS: Cap = Cap {
        what: "exports",
        limit: 10_000,
    };
    /// Linear memories (the instance pool reserves one per run).
    pub const MEMORIES: Cap = Cap {
        what: "memories",
        limit: 1,
    };
    /// Tables (the instance pool reserves one per run).
    pub const TABLES: Cap = Cap {
        what: "tables",
        limit: 1,
    };
    /// Initial elements of a table (the pool reserves this many per run).
    pub const TABLE_ELEMENTS: Cap = Cap {
        what: "initial table elements",
        limit: 100_000,
    };
    /// Element segments.
    pub const ELEMENT_SEGMENTS: Cap = Cap {
        what: "element segments",
        limit: 10_000,
    };
    /// Data segments.
    pub const DATA_SEGMENTS: Cap = Cap {
        what: "data segments",
        limit: 100_000,
    };
}

/// A module over one of the [`caps`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("module has {found} {}, above the judge's limit of {}", cap.what, cap.limit)]
pub struct OverCap {
    pub cap: Cap,
    pub found: u64,
}

/// What the judge needs to know about a module before compiling it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleShape {
    pub functions: u64,
    pub code_bytes: u64,
    pub largest_function_bytes: u64,
    pub large_function_code_bytes: u64,
    pub most_locals: u64,
    pub types: u64,
    pub globals: u64,
    pub exports: u64,
    pub memories: u64,
    pub tables: u64,
    pub largest_table_elements: u64,
    pub element_segments: u64,
    pub data_segments: u64,
    /// The largest initial linear memory, in bytes.
    pub largest_initial_memory: u64,
}

impl ModuleShape {
    /// Measures a module in one pass, without validating it: a section that
    /// does not parse ends the measurement, and validation reports it later.
    /// Stops early at the first cap exceeded, so hostile counts cost nothing.
    pub fn measure(wasm: &[u8]) -> Result<ModuleShape, OverCap> {
        let mut shape = ModuleShape::default();
        for payload in Parser::new(0).parse_all(wasm) {
            let Ok(payload) = payload else { break };
            shape.add(&payload)?;
        }
        Ok(shape)
    }

    fn add(&mut self, payload: &Payload<'_>) -> Result<(), OverCap> {
        match payload {
            Payload::TypeSection(reader) => bump(&mut self.types, reader.count(), caps::TYPES),
            Payload::ImportSection(reader) => {
                for import in reader.clone().into_imports().map_while(Result::ok) {
                    match import.ty {
                        TypeRef::Func(_) => bump(&mut self.functions, 1u64, caps::FUNCTIONS)?,
                        TypeRef::Global(_) => bump(&mut self.globals, 1u64, caps::GLOBALS)?,
                        TypeRef::Memory(_) => bump(&mut self.memories, 1u64, caps::MEMORIES)?,
                        TypeRef::Table(_) => bump(&mut self.tables, 1u64, caps::TABLES)?,
                        _ => {}
                    }
                }
                Ok(())
            }
            Payload::FunctionSection(reader) => {
                bump(&mut self.functions, reader.count(), caps::FUNCTIONS)
            }
            Payload::TableSection(reader) => {
                bump(&mut self.tables, reader.count(), caps::TABLES)?;
                for table in reader.clone().into_iter().map_while(Result::ok) {
                    let initial = table.ty.initial;
                    self.largest_table_elements = self.largest_table_elements.max(initial);
                    check(initial, caps::TABLE_ELEMENTS)?;
                }
                Ok(())
            }
            Payload::MemorySection(reader) => {
                bump(&mut self.memories, reader.count(), caps::MEMORIES)?;
                for memory in reader.clone().into_iter().map_while(Result::ok) {
                    let page = 1u64 << memory.page_size_log2.unwrap_or(16).min(16);
                    let bytes = memory.initial.saturating_mul(page);
                    self.largest_initial_memory = self.largest_initial_memory.max(bytes);
                }
                Ok(())
            }
            Payload::GlobalSection(reader) => {
                bump(&mut self.globals, reader.count(), caps::GLOBALS)
            }
            Payload::ExportSection(reader) => {
                bump(&mut self.exports, reader.count(), caps::EXPORTS)
            }
            Payload::ElementSection(reader) => bump(
                &mut self.element_segments,
                reader.count(),
                caps::ELEMENT_SEGMENTS,
            ),
            Payload::DataSection(reader) => {
                bump(&mut self.data_segments, reader.count(), caps::DATA_SEGMENTS)
            }
            Payload::CodeSectionStart { count, size, .. } => {
                check(u64::from(*count), caps::FUNCTIONS)?;
                bump(&mut self.code_bytes, u64::from(*size), caps::CODE_BYTES)
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                let bytes = range.end.saturating_sub(range.start) as u64;
                self.largest_function_bytes = self.largest_function_bytes.max(bytes);
                check(bytes, caps::FUNCTION_BYTES)?;
                if bytes > caps::LARGE_FUNCTION {
                    bump(
                        &mut self.large_function_code_bytes,
                        bytes,
                        caps::LARGE_FUNCTION_CODE_BYTES,
                    )?;
                }
                let mut locals = 0u64;
                if let Ok(reader) = body.get_locals_reader() {
                    for (count, _) in reader.into_iter().map_while(Result::ok) {
                        locals = locals.saturating_add(u64::from(count));
                        check(locals, caps::LOCALS)?;
                    }
                }
                self.most_locals = self.most_locals.max(locals);
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

fn check(found: u64, cap: Cap) -> Result<(), OverCap> {
    if found > cap.limit {
        return Err(OverCap { cap, found });
    }
    Ok(())
}

fn bump(total: &mut u64, more: impl Into<u64>, cap: Cap) -> Result<(), OverCap> {
    *total = total.saturating_add(more.into());
    check(*total, cap)
}

#[cfg(test)]
mod tests {
    use super::is_whole_module;

    #[test]
    fn a_module_cut_inside_a_section_is_not_whole() {
        let wasm = wat::parse_str(
            r#"(module (memory 1) (data (i32.const 0) "results")
                 (func (export "_start") (drop (i32.const 7))))"#,
        )
        .unwrap();
        assert!(is_whole_module(&wasm));
        // The data section is last: any cut after the code section's end
        // and before the module's lands inside it.
        for cut in wasm.len() - 8..wasm.len() {
            assert!(!is_whole_module(&wasm[..cut]), "cut at {cut}");
        }
    }
}
