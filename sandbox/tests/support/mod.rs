//! Helpers shared by the sandbox integration tests and benchmarks.
pub mod host_loops;
pub mod modules;
