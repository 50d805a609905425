//! The sandbox: the only crate that touches wasmtime.
//!
//! It takes WebAssembly module bytes, limits, stdin and a seed, and returns an
//! [`Outcome`]: how the run ended, its bounded output, the fuel it used and
//! its peak linear memory. It knows nothing of problems or verdicts.
//!
//! Everything a guest can observe is a function of its module, its stdin and
//! its seed: randomness comes from a seeded RNG, clocks are virtual, sleeping
//! advances virtual time instantly, and there is no environment, no argument
//! but the program name and no file system. Besides stdout and stderr a
//! guest may write to a result channel (fd 3), with the fuel recorded at
//! each write. An interactive problem runs a solution and an interactor
//! joined by in-memory pipes, one at a time (`interactive.rs`). Time is
//! measured in fuel
//! (executed WebAssembly instructions), so the same run gets the same numbers
//! on any machine.

mod cache;
mod cache_bound;
mod channel;
mod config;
mod engine;
mod function_cache;
mod guest_files;
mod interactive;
mod module_caps;
mod outcome;
mod pipes;
mod run;
mod runner;
mod sealed;
mod wasi;

pub use cache_bound::{
    DEFAULT_MAX_BYTES as FUNCTION_CACHE_MAX_BYTES,
    MAX_BYTES_VARIABLE as FUNCTION_CACHE_MAX_VARIABLE,
};
pub use channel::{CallMark, Channel, ChannelWrite, RESULT_FD};
pub use config::{Limits, SandboxConfig};
pub use engine::{CacheStatus, LoadError, Program, Sandbox, SandboxError};
pub use guest_files::{DirAccess, GuestDir, GuestFiles, WrittenFile};
pub use interactive::Interaction;
pub use module_caps::{caps, is_whole_module, Cap, ModuleShape, OverCap};
pub use outcome::{Outcome, RunEnd, TrapKind};
pub use pipes::{Side, PIPE_CAPACITY};
pub use run::RunRequest;
pub use sealed::{private_dir, CacheRefused, SealedDir};

/// The wasmtime version the sandbox is built on; part of every cache key.
pub const WASMTIME_VERSION: &str = "48.0.8";
