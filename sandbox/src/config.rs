//! Limits for one run and settings for the whole sandbox, each an explicit
//! option with its reason, as wasmtime's own CLI does.

use std::path::PathBuf;
use std::time::Duration;

/// Per-run limits. Exceeding any of them ends the run with its own
/// [`crate::RunEnd`], never a silent truncation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Fuel: how many WebAssembly instructions the run may execute, start-up
    /// (including a module `start` function) included.
    pub fuel: u64,
    /// Cap on linear memory, in bytes. An initial memory above it is a
    /// memory-limit outcome too.
    pub memory_bytes: u64,
    /// Cap on bytes written to stdout.
    pub stdout_bytes: u64,
    /// Cap on bytes written to stderr.
    pub stderr_bytes: u64,
    /// Cap on the result channel (fd 3), each write's bookkeeping included.
    pub channel_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 1_000_000_000,
            memory_bytes: 256 << 20,
            stdout_bytes: 8 << 20,
            stderr_bytes: 1 << 20,
            channel_bytes: 64 << 20,
        }
    }
}

/// Settings shared by every run of one [`crate::Sandbox`].
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// The largest memory cap any run may ask for; sizes the instance pool.
    pub max_memory_bytes: u64,
    /// Fixed size of the WebAssembly stack. Exhausting it is a stack
    /// overflow. Runs execute on a host thread with room for this stack.
    pub max_wasm_stack: usize,
    /// Modules larger than this are refused before compiling.
    pub max_module_bytes: usize,
    /// Wall-clock backstop: guards only against the judge itself hanging
    /// (a runaway host call); fuel is what limits time.
    pub wall_clock_backstop: Duration,
    /// How many runs may be alive at once (sizes the pooling allocator).
    pub max_concurrent_runs: u32,
    /// Where compiled modules are cached across processes; `None` disables
    /// the on-disk cache.
    pub cache_dir: Option<PathBuf>,
    /// Where Cranelift caches compiled functions one by one, so a new
    /// module recompiles only the functions no earlier module had (a Go
    /// submission shares its runtime with every other). A private directory
    /// like `cache_dir`, and may be shared by several; `None` disables it.
    pub function_cache_dir: Option<PathBuf>,
    /// The key that authenticates `function_cache_dir`'s entries, kept
    /// outside it (see [`crate::SealedDir::open_with_key`]), so whoever can
    /// write the directory (a restored CI cache) cannot plant code that
    /// runs; `None` keeps the key inside the directory.
    pub function_cache_key: Option<PathBuf>,
    /// The most bytes of entries `function_cache_dir` keeps: past it, the
    /// least recently used are deleted (and compiled again when needed).
    /// `None`: `$JUDGE_FUNCTION_CACHE_MAX` (bytes, or with a K, M or G
    /// suffix), else [`crate::FUNCTION_CACHE_MAX_BYTES`] (256 MiB).
    pub function_cache_max_bytes: Option<u64>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            max_memory_bytes: 2 << 30,
            max_wasm_stack: 16 << 20,
            max_module_bytes: 64 << 20,
            wall_clock_backstop: Duration::from_secs(120),
            max_concurrent_runs: 32,
            cache_dir: None,
            function_cache_dir: None,
            function_cache_key: None,
            function_cache_max_bytes: None,
        }
    }
}
