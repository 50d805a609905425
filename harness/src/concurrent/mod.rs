//! Concurrent problems (issue 16): a test is a constructor call and several
//! threads of calls on the one instance. The driver runs each thread in its
//! own goroutine under the judge's seeded scheduler, many schedules per
//! test, and records every call's invocation and response; this module
//! holds the test format, reads those histories back, and checks each one
//! for linearizability against the problem's sequential model
//! (docs/concurrency.md).

pub mod history;
pub mod linearize;
pub mod model;
pub mod run;
pub mod test_file;

pub use history::{Event, History, RunHistories, ScheduleEnd};
pub use linearize::{check, Finding};
pub use model::Model;
pub use test_file::ConcurrentTest;

/// Why a concurrent problem takes Go solutions only (docs/concurrency.md).
pub const GO_ONLY: &str = "concurrent problems are judged in Go only: threads in C, C++ and Rust need a thread-spawn import and shared memory the sandbox does not offer yet (docs/concurrency.md)";

/// How many schedules each test explores when the pack does not say.
pub const DEFAULT_SCHEDULES: u32 = 64;
