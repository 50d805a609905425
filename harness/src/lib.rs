//! The harness: everything between a problem pack and a verdict. Packs and
//! their test vectors, drivers generated from a signature, the compile step,
//! checkers, and the judging loop that emits events for reporters. It knows
//! wasmtime only through the `sandbox` crate and never prints.

pub mod authoring;
pub mod check;
pub mod checker;
pub mod complexity;
pub mod driver;
pub mod editor;
pub mod fuel_limits;
pub mod generate;
pub mod input;
pub mod judge;
pub mod language;
pub mod pack;
pub mod registry;
pub mod run_cases;
pub mod signature;
pub mod solved;
pub mod toolchain;
pub mod vectors;
pub mod verdict;
pub mod wire;

pub use judge::{Answers, Event, Judge, JudgeOptions, Report, Submission, TestResult};
pub use language::Language;
pub use pack::{Pack, PackError, PackErrors, PackFiles};
pub use verdict::Verdict;
