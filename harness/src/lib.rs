//! The harness: everything between a problem pack and a verdict. Packs and
//! their test vectors, drivers generated from a signature, the compile step,
//! checkers, and the judging loop that emits events for reporters. It knows
//! wasmtime only through the `sandbox` crate and never prints.
//!
//! The pack model is layered, lowest first: `pack_format` (the raw
//! `problem.toml` structs and `Kind`), then `signature`, `vectors`,
//! `generate`, `checker` and `complexity`, each building its part of a pack
//! from that plain data; `pack` loads and validates a whole pack on top of
//! them. Nothing below `pack` imports it (a test in `pack_format` checks).

pub mod authoring;
pub mod check;
pub mod checker;
pub mod complexity;
pub mod concurrent;
pub mod driver;
pub mod editor;
pub mod file_identity;
pub mod fuel_limits;
pub mod generate;
pub mod input;
pub mod judge;
pub mod language;
pub mod pack;
pub mod pack_format;
pub mod prepared;
pub mod process_memory;
pub mod registry;
pub mod run_cases;
pub mod shared_store;
pub mod signature;
pub mod solved;
pub mod toolchain;
pub mod vectors;
pub mod verdict;
pub mod verdict_cache;
pub mod wire;

pub use judge::{Answers, Event, Judge, JudgeOptions, Report, Submission, TestResult};
pub use language::Language;
pub use pack::{Pack, PackError, PackErrors, PackFiles};
pub use verdict::Verdict;
