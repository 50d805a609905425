//! The harness: everything between a problem pack and a verdict. Packs and
//! their test vectors, drivers generated from a signature, the compile step,
//! checkers, and the judging loop that emits events for reporters. It knows
//! wasmtime only through the `sandbox` crate and never prints.

pub mod authoring;
pub mod check;
pub mod checker;
pub mod complexity;
pub mod driver;
pub mod fuel_limits;
pub mod generate;
pub mod input;
pub mod judge;
pub mod language;
pub mod pack;
pub mod prepared;
pub mod registry;
pub mod signature;
pub mod toolchain;
pub mod vectors;
pub mod verdict;
pub mod wire;

pub use judge::{Event, Judge, JudgeOptions, Report, Submission, TestResult};
pub use language::Language;
pub use pack::{Pack, PackError, PackErrors, PackFiles};
pub use verdict::Verdict;
