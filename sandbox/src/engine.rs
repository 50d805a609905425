//! The sandbox engine: one wasmtime `Engine` configured for judging, and
//! loading modules into runnable [`Program`]s (validated, compiled once,
//! pre-linked), with an on-disk cache of compiled code.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sha2::{Digest, Sha256};
use wasmtime::{
    Config, Enabled, Engine, ExternType, InstanceAllocationStrategy, InstancePre, Linker, Module,
    PoolingAllocationConfig,
};

use crate::cache::DiskCache;
use crate::cache_bound;
use crate::config::SandboxConfig;
use crate::function_cache::FunctionCache;
use crate::module_caps::{caps, ModuleShape, OverCap};
use crate::runner::RunnerPool;
use crate::sealed::SealedDir;
use crate::wasi::{self, Guest};

/// How often the wall-clock backstop's epoch advances.
pub(crate) const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Bytes of per-instance state (mostly one entry per function reachable
/// through a table or export) the instance pool accepts.
const MAX_CORE_INSTANCE_BYTES: usize = 4 << 20;

/// How much of a freed memory or table slot stays resident for the next run.
/// Every slot a run used keeps this much of what it touched, so it is paid
/// once per slot (tests run side by side use one slot each, and references
/// and checkers their own): at 64 MiB, a slot idle after a 40 MiB test held
/// it while a 54 MiB test ran in another. 16 MiB covers a typical test's
/// guest (the largest lru-cache tests touch 16 MiB); larger guests fault
/// the rest in again, a small cost beside their run.
const KEEP_RESIDENT_BYTES: usize = 16 << 20;

/// The sandbox could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("cannot configure the WebAssembly engine: {0}")]
    Engine(String),
}

/// A module was refused. Each refusal says why in words a person can act on.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LoadError {
    #[error("module is {size} bytes, above the {cap}-byte limit")]
    TooLarge { size: usize, cap: usize },
    #[error("not a valid WebAssembly module: {0}")]
    Invalid(String),
    /// Over one of the caps that keep compiling a module fast.
    #[error("{0}")]
    OverCap(#[from] OverCap),
    #[error("module imports `{module}::{name}`, but only WASI preview 1 (`wasi_snapshot_preview1`) and the judge's call marks (`judge`) are available")]
    ForbiddenImport { module: String, name: String },
    #[error("module has no `_start` function: it must be a WASI command module")]
    NoStart,
    #[error("module exports `_start` as {0}, but a WASI command's `_start` takes no parameters and returns nothing")]
    StartSignature(String),
    #[error("module cannot be linked: {0}")]
    Link(String),
}

/// Whether a program's compiled code came from a cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheStatus {
    /// Compiled now.
    Compiled,
    /// Already compiled by this process.
    Memory,
    /// Loaded from the on-disk cache.
    Disk,
}

/// The engine every run shares. Cheap to share by reference across threads.
pub struct Sandbox {
    pub(crate) engine: Engine,
    pub(crate) config: SandboxConfig,
    linker: Linker<Guest>,
    disk: Option<DiskCache>,
    /// The engine's function cache too, to record its size after a compile.
    functions: Option<Arc<FunctionCache>>,
    loaded: Mutex<HashMap<[u8; 32], Module>>,
    ticker_stop: Arc<AtomicBool>,
    runners: Arc<RunnerPool>,
}

impl Sandbox {
    pub fn new(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        let mut engine_config = engine_config(&config);
        let functions = function_cache(&config);
        if let Some(store) = &functions {
            engine_config
                .enable_incremental_compilation(store.clone())
                .map_err(|e| SandboxError::Engine(format!("{e:#}")))?;
        }
        let engine =
            Engine::new(&engine_config).map_err(|e| SandboxError::Engine(format!("{e:#}")))?;
        let linker = wasi::linker(&engine).map_err(|e| SandboxError::Engine(format!("{e:#}")))?;
        let disk = config
            .cache_dir
            .as_ref()
            .and_then(|dir| DiskCache::open(dir, &engine, &settings_fingerprint(&config)));
        let ticker_stop = Arc::new(AtomicBool::new(false));
        let runners = Arc::new(RunnerPool::new(config.max_wasm_stack + (8 << 20)));
        start_epoch_ticker(engine.clone(), ticker_stop.clone());
        Ok(Sandbox {
            engine,
            config,
            linker,
            disk,
            functions,
            loaded: Mutex::new(HashMap::new()),
            ticker_stop,
            runners,
        })
    }

    pub fn config(&self) -> &SandboxConfig {
        &self.config
    }

    /// Starts a scoped thread with room for the wasm stack. Every
    /// [`Program::run`] made on it runs inline, instead of being handed to a
    /// pooled runner thread and back (a cross-thread round trip that costs
    /// more than running a small module). Judges run their tests on these.
    pub fn spawn_runner<'scope, 'env, T: Send + 'scope>(
        &self,
        scope: &'scope std::thread::Scope<'scope, 'env>,
        work: impl FnOnce() -> T + Send + 'scope,
    ) -> std::io::Result<std::thread::ScopedJoinHandle<'scope, T>> {
        let stack = self.runners.stack();
        std::thread::Builder::new()
            .name("sandbox-runner".into())
            .stack_size(stack)
            .spawn_scoped(scope, move || {
                crate::runner::mark(stack);
                work()
            })
    }

    /// Validates, compiles (or fetches from cache) and pre-links a module.
    pub fn load(&self, wasm: &[u8]) -> Result<Program, LoadError> {
        if wasm.len() > self.config.max_module_bytes {
            return Err(LoadError::TooLarge {
                size: wasm.len(),
                cap: self.config.max_module_bytes,
            });
        }
        let shape = ModuleShape::measure(wasm)?;
        let hash: [u8; 32] = Sha256::digest(wasm).into();
        let declared = shape.largest_initial_memory;
        if declared > self.config.max_memory_bytes {
            // The instance pool cannot even hold this memory: every run of
            // it ends at the memory limit, without compiling it.
            return Ok(Program {
                pre: None,
                runners: self.runners.clone(),
                backstop: self.config.wall_clock_backstop,
                cache: CacheStatus::Compiled,
                initial_memory_bytes: declared,
            });
        }
        let (module, cache) = self.module(wasm, &hash)?;
        check_interface(&module)?;
        let pre = self
            .linker
            .instantiate_pre(&module)
            .map_err(|e| LoadError::Link(format!("{e:#}")))?;
        let initial_memory_bytes = module
            .resources_required()
            .max_initial_memory_size
            .unwrap_or(0)
            .saturating_mul(65536);
        Ok(Program {
            pre: Some(pre),
            runners: self.runners.clone(),
            backstop: self.config.wall_clock_backstop,
            cache,
            initial_memory_bytes,
        })
    }

    fn module(&self, wasm: &[u8], hash: &[u8; 32]) -> Result<(Module, CacheStatus), LoadError> {
        if let Some(module) = self.loaded.lock().ok().and_then(|m| m.get(hash).cloned()) {
            return Ok((module, CacheStatus::Memory));
        }
        // A cache entry exists only for a module that was validated and
        // compiled with these settings, so only a compile validates.
        let (module, status) = match self.disk.as_ref().and_then(|d| d.load(hash)) {
            Some(module) => (module, CacheStatus::Disk),
            None => {
                Module::validate(&self.engine, wasm)
                    .map_err(|e| LoadError::Invalid(format!("{e:#}")))?;
                let module = Module::new(&self.engine, wasm)
                    .map_err(|e| LoadError::Invalid(format!("{e:#}")))?;
                // The engine (and its cache) outlives this process's end
                // (the epoch ticker holds it), so what the compile added is
                // recorded now.
                if let Some(functions) = &self.functions {
                    functions.record_inserts();
                }
                if let Some(disk) = &self.disk {
                    disk.store(hash, &module);
                }
                (module, CacheStatus::Compiled)
            }
        };
        if let Ok(mut loaded) = self.loaded.lock() {
            loaded.insert(*hash, module.clone());
        }
        Ok((module, status))
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.ticker_stop.store(true, Ordering::Relaxed);
    }
}

/// A loaded module, ready to run any number of times, from any thread.
#[derive(Clone)]
pub struct Program {
    /// `None` when the module's initial memory exceeds the pool's ceiling.
    pub(crate) pre: Option<InstancePre<Guest>>,
    pub(crate) runners: Arc<RunnerPool>,
    pub(crate) backstop: Duration,
    pub(crate) cache: CacheStatus,
    pub(crate) initial_memory_bytes: u64,
}

impl Program {
    /// Where the compiled code came from.
    pub fn cache_status(&self) -> CacheStatus {
        self.cache
    }
}

/// Only WASI preview 1 imports (and the judge's call marks), and a
/// `_start` function.
fn check_interface(module: &Module) -> Result<(), LoadError> {
    for import in module.imports() {
        let is_wasi_function = matches!(import.ty(), ExternType::Func(_))
            && wasi::is_provided(import.module(), import.name());
        if !is_wasi_function {
            return Err(LoadError::ForbiddenImport {
                module: import.module().to_string(),
                name: import.name().to_string(),
            });
        }
    }
    match module.get_export("_start") {
        Some(ExternType::Func(f)) if f.params().len() == 0 && f.results().len() == 0 => Ok(()),
        Some(ExternType::Func(f)) => Err(LoadError::StartSignature(f.to_string())),
        _ => Err(LoadError::NoStart),
    }
}

fn engine_config(config: &SandboxConfig) -> Config {
    let mut cfg = Config::new();
    cfg.consume_fuel(true)
        .epoch_interruption(true)
        .max_wasm_stack(config.max_wasm_stack)
        // Runs are synchronous; wasmtime still checks this bound.
        .async_stack_size(config.max_wasm_stack + (1 << 20))
        .wasm_backtrace_max_frames(None)
        .parallel_compilation(true);
    let mut pool = PoolingAllocationConfig::default();
    pool.total_core_instances(config.max_concurrent_runs)
        .total_memories(config.max_concurrent_runs)
        .total_tables(config.max_concurrent_runs)
        .max_memory_size(config.max_memory_bytes as usize)
        .max_memories_per_module(caps::MEMORIES.limit as u32)
        .max_tables_per_module(caps::TABLES.limit as u32)
        .table_elements(caps::TABLE_ELEMENTS.limit as usize)
        // Instance state grows with functions referenced from tables and
        // exports; the function cap keeps it under this.
        .max_core_instance_size(MAX_CORE_INSTANCE_BYTES)
        // A freed slot's pages stay mapped and are reset in place (only the
        // pages the run dirtied, found with PAGEMAP_SCAN where the kernel
        // has it), instead of being handed back to the kernel and faulted
        // in zeroed on the next run: that zeroing was most of a cached
        // re-judge's time.
        .linear_memory_keep_resident(KEEP_RESIDENT_BYTES)
        .table_keep_resident(KEEP_RESIDENT_BYTES)
        .pagemap_scan(Enabled::Auto);
    cfg.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    cfg
}

/// Cranelift's per-function cache in `config.function_cache_dir` (under
/// `config.function_cache_key` when given), or `None` (with a warning) when
/// that directory or key cannot be trusted.
fn function_cache(config: &SandboxConfig) -> Option<Arc<FunctionCache>> {
    let dir = config.function_cache_dir.as_ref()?;
    let sealed = match &config.function_cache_key {
        Some(key) => SealedDir::open_with_key(dir, key),
        None => SealedDir::open(dir),
    };
    // Entries sealed under another key get other names, so a directory
    // shared with judges that seal differently (an older judge, another
    // key) is never read as forged: no warnings, no fights over entries.
    let salt = match &config.function_cache_key {
        Some(key) => format!("{} key={}", settings_fingerprint(config), key.display()),
        None => settings_fingerprint(config),
    };
    match sealed {
        Ok(sealed) => Some(Arc::new(FunctionCache::new(
            sealed,
            &salt,
            config
                .function_cache_max_bytes
                .unwrap_or_else(cache_bound::max_bytes_from_env),
        ))),
        Err(e) => {
            tracing::warn!("not using the compiled-function cache: {e}");
            None
        }
    }
}

/// Everything about the engine that changes compiled code; part of cache keys.
fn settings_fingerprint(config: &SandboxConfig) -> String {
    format!(
        "wasmtime={} fuel=1 epoch=1 stack={} mem={}",
        crate::WASMTIME_VERSION,
        config.max_wasm_stack,
        config.max_memory_bytes
    )
}

/// Advances the engine's epoch so a run's backstop deadline can fire even
/// when a host call hangs. Stops when the sandbox is dropped.
fn start_epoch_ticker(engine: Engine, stop: Arc<AtomicBool>) {
    let spawned = std::thread::Builder::new()
        .name("sandbox-epoch".into())
        .spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(EPOCH_TICK);
                engine.increment_epoch();
            }
        });
    if let Err(e) = spawned {
        tracing::warn!("cannot start the wall-clock backstop thread: {e}");
    }
}
