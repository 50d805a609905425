//! Helpers shared by the sandbox integration tests and benchmarks.
pub mod modules;
