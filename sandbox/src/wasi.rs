//! A deny-by-default implementation of WASI preview 1, written for judging.
//!
//! Only stdin (an in-memory buffer), stdout and stderr (bounded buffers),
//! the result channel on fd 3 (see `channel.rs`), a seeded RNG and virtual
//! clocks exist, and for checker programs in-memory preopened directories
//! (`files.rs`) in place of the result channel. Every other WASI function is
//! defined but answers `EBADF` or `ENOTCAPABLE`, so libc start-up code works
//! and nothing reaches the host. Writing it here rather than using
//! wasmtime-wasi keeps every observable value deterministic: no real clock,
//! no real sleep, no async runtime, and output caps that stop the run.

use rand_chacha::ChaCha8Rng;
use wasmtime::{Caller, Engine, Extern, FuncType, Linker, Memory, Val, ValType};

mod calls;
mod costs;
mod file_calls;
pub mod files;
mod guest_memory;
mod output;
mod pipe_calls;
#[cfg(test)]
mod props;

use calls::Call;

use crate::channel::Channel;

pub const MODULE: &str = "wasi_snapshot_preview1";
/// The judge's own import module: the cheap call marks (docs/protocol.md).
pub const JUDGE_MODULE: &str = "judge";
/// Its functions.
pub const JUDGE_PROVIDED: &[&str] = &["call_begin", "call_end"];

/// WASI errno values used here.
mod errno {
    pub const SUCCESS: i32 = 0;
    pub const BADF: i32 = 8;
    pub const FAULT: i32 = 21;
    pub const INVAL: i32 = 28;
    pub const NOSYS: i32 = 52;
    pub const SPIPE: i32 = 70;
    pub const NOTCAPABLE: i32 = 76;
}

/// Virtual time starts one second after zero (Go aborts on a monotonic 0)
/// and advances a microsecond on every read.
const CLOCK_START_NS: u64 = 1_000_000_000;
const CLOCK_TICK_NS: u64 = 1_000;
/// The wall clock reads 2024-01-01T00:00:00Z plus the virtual time.
const REALTIME_EPOCH_NS: u64 = 1_704_067_200_000_000_000;
const PROGRAM_NAME: &[u8] = b"solution\0";

/// Why the guest stopped early, carried through wasmtime as an error.
#[derive(Debug)]
pub enum Stop {
    Exit(i32),
    OutputLimit,
    /// The fuel ran out inside a host call.
    OutOfFuel,
    /// A read of the interaction pipe could never be answered: both
    /// programs were waiting for the other to write.
    WaitingForInput,
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stop::Exit(code) => write!(f, "guest exited with code {code}"),
            Stop::OutputLimit => f.write_str("guest exceeded its output limit"),
            Stop::OutOfFuel => f.write_str("guest ran out of fuel in a host call"),
            Stop::WaitingForInput => f.write_str("guest waited for input that never came"),
        }
    }
}

impl std::error::Error for Stop {}

/// Caps linear memory and records its peak.
pub struct MemoryLimiter {
    pub cap: u64,
    pub peak: u64,
    pub refused: bool,
}

impl wasmtime::ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired as u64 > self.cap {
            self.refused = true;
            return Ok(false);
        }
        self.peak = self.peak.max(desired as u64);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 1_000_000)
    }
}

/// The per-run state a guest's WASI calls act on.
pub struct Guest {
    pub stdin: Vec<u8>,
    pub stdin_pos: usize,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub stdout_cap: u64,
    pub stderr_cap: u64,
    pub rng: ChaCha8Rng,
    pub clock_ns: u64,
    pub limiter: MemoryLimiter,
    /// What the driver wrote to the result channel (fd 3).
    pub channel: Channel,
    pub channel_cap: u64,
    /// The run's fuel at start, to turn fuel left into fuel consumed.
    pub fuel_start: u64,
    /// Arguments after the program name.
    pub args: Vec<String>,
    /// Preopened in-memory directories and open files (checker and
    /// interactor runs); `None` keeps fd 3 the result channel.
    pub files: Option<files::Files>,
    /// In an interaction: stdin reads from the other program and stdout
    /// also writes to it (`pipes.rs`).
    pub pipe: Option<crate::pipes::PipeEnd>,
    /// The guest's exported memory, once a host call has looked it up.
    memory: Option<Memory>,
}

impl Guest {
    pub fn new(stdin: Vec<u8>, rng: ChaCha8Rng, limits: &crate::Limits) -> Guest {
        Guest {
            stdin,
            stdin_pos: 0,
            stdout: Vec::new(),
            stderr: Vec::new(),
            stdout_cap: limits.stdout_bytes,
            stderr_cap: limits.stderr_bytes,
            rng,
            clock_ns: CLOCK_START_NS,
            limiter: MemoryLimiter {
                cap: limits.memory_bytes,
                peak: 0,
                refused: false,
            },
            channel: Channel::default(),
            channel_cap: limits.channel_bytes,
            fuel_start: limits.fuel,
            args: Vec::new(),
            files: None,
            pipe: None,
            memory: None,
        }
    }

    /// Gives the guest the arguments and directories of `spec`.
    pub fn with_files(mut self, spec: &crate::GuestFiles) -> Guest {
        self.args.clone_from(&spec.args);
        if !spec.dirs.is_empty() {
            self.files = Some(files::Files::new(spec));
        }
        self
    }

    fn now(&mut self) -> u64 {
        self.clock_ns = self.clock_ns.saturating_add(CLOCK_TICK_NS);
        self.clock_ns
    }
}

type Result<T> = wasmtime::Result<T>;

/// Runs one host call: hands the pure implementation the guest's memory,
/// state and fuel, then puts back the fuel it did not spend. Running out of
/// fuel inside the call ends the run like running out in guest code.
fn host<R>(
    caller: &mut Caller<'_, Guest>,
    call: impl FnOnce(&mut Call<'_>) -> std::result::Result<R, Stop>,
) -> Result<R> {
    // Looked up once per run: a lookup by name on every call is a
    // noticeable part of a cheap call's cost.
    let memory = match caller.data().memory {
        Some(memory) => Some(memory),
        None => {
            let found = caller.get_export("memory").and_then(Extern::into_memory);
            caller.data_mut().memory = found;
            found
        }
    };
    host_with(caller, memory, call)
}

/// [`host`] for a call that reads and writes no guest memory (it sees an
/// empty one): a call mark is made hundreds of thousands of times a test,
/// and reaching the memory is a visible part of its cost.
fn host_without_memory<R>(
    caller: &mut Caller<'_, Guest>,
    call: impl FnOnce(&mut Call<'_>) -> std::result::Result<R, Stop>,
) -> Result<R> {
    host_with(caller, None, call)
}

fn host_with<R>(
    caller: &mut Caller<'_, Guest>,
    memory: Option<Memory>,
    call: impl FnOnce(&mut Call<'_>) -> std::result::Result<R, Stop>,
) -> Result<R> {
    let fuel = caller.get_fuel()?;
    let (mem, guest) = match memory {
        Some(memory) => memory.data_and_store_mut(&mut *caller),
        None => (&mut [][..], caller.data_mut()),
    };
    let mut state = Call { mem, guest, fuel };
    let result = call(&mut state);
    let left = state.fuel;
    caller.set_fuel(left)?;
    result.map_err(wasmtime::Error::new)
}

/// WASI functions that touch files, sockets or signals: all present so that
/// modules link, none of them able to reach anything. Each entry is the
/// name, its parameter types (`i` = i32, `I` = i64) and the errno returned.
const DENIED: &[(&str, &str, i32)] = &[
    ("fd_advise", "iIIi", errno::BADF),
    ("fd_allocate", "iII", errno::BADF),
    ("fd_datasync", "i", errno::BADF),
    ("fd_fdstat_set_rights", "iII", errno::NOTCAPABLE),
    ("fd_filestat_set_size", "iI", errno::BADF),
    ("fd_filestat_set_times", "iIIi", errno::BADF),
    ("fd_pread", "iiiIi", errno::SPIPE),
    ("fd_pwrite", "iiiIi", errno::SPIPE),
    ("fd_readdir", "iiiIi", errno::BADF),
    ("fd_renumber", "ii", errno::NOTCAPABLE),
    ("fd_sync", "i", errno::BADF),
    ("path_create_directory", "iii", errno::NOTCAPABLE),
    ("path_filestat_set_times", "iiiiIIi", errno::NOTCAPABLE),
    ("path_link", "iiiiiii", errno::NOTCAPABLE),
    ("path_readlink", "iiiiii", errno::NOTCAPABLE),
    ("path_remove_directory", "iii", errno::NOTCAPABLE),
    ("path_rename", "iiiiii", errno::NOTCAPABLE),
    ("path_symlink", "iiiii", errno::NOTCAPABLE),
    ("path_unlink_file", "iii", errno::NOTCAPABLE),
    ("proc_raise", "i", errno::NOSYS),
    ("sock_accept", "iii", errno::NOTCAPABLE),
    ("sock_recv", "iiiiii", errno::NOTCAPABLE),
    ("sock_send", "iiiii", errno::NOTCAPABLE),
    ("sock_shutdown", "ii", errno::NOTCAPABLE),
];

/// Names of every WASI preview 1 function this sandbox provides.
pub const PROVIDED: &[&str] = &[
    "args_get",
    "args_sizes_get",
    "environ_get",
    "environ_sizes_get",
    "clock_res_get",
    "clock_time_get",
    "fd_close",
    "fd_fdstat_get",
    "fd_fdstat_set_flags",
    "fd_filestat_get",
    "fd_prestat_dir_name",
    "fd_prestat_get",
    "fd_read",
    "fd_seek",
    "fd_tell",
    "fd_write",
    "path_filestat_get",
    "path_open",
    "poll_oneoff",
    "proc_exit",
    "random_get",
    "sched_yield",
];

/// Whether `module`.`name` is a function the sandbox links: WASI preview
/// 1's, or the judge's call marks.
pub fn is_provided(module: &str, name: &str) -> bool {
    match module {
        MODULE => PROVIDED.contains(&name) || DENIED.iter().any(|(n, _, _)| *n == name),
        JUDGE_MODULE => JUDGE_PROVIDED.contains(&name),
        _ => false,
    }
}

/// Builds the linker with every WASI preview 1 function. Pointers and sizes
/// are unsigned in WASI; the casts only reinterpret the bits.
pub fn linker(engine: &Engine) -> Result<Linker<Guest>> {
    type C<'a> = Caller<'a, Guest>;
    let mut linker = Linker::new(engine);
    linker.func_wrap(
        MODULE,
        "fd_write",
        |mut c: C, fd: i32, iovs: i32, n: i32, out: i32| {
            host(&mut c, |call| {
                call.fd_write(fd as u32, iovs as u32, n as u32, out as u32)
            })
        },
    )?;
    linker.func_wrap(
        MODULE,
        "fd_read",
        |mut c: C, fd: i32, iovs: i32, n: i32, out: i32| {
            host(&mut c, |call| {
                call.fd_read(fd as u32, iovs as u32, n as u32, out as u32)
            })
        },
    )?;
    linker.func_wrap(
        MODULE,
        "args_sizes_get",
        |mut c: C, count: i32, size: i32| {
            host(&mut c, |call| call.sizes(count as u32, size as u32, true))
        },
    )?;
    linker.func_wrap(MODULE, "args_get", |mut c: C, argv: i32, buf: i32| {
        host(&mut c, |call| call.args_get(argv as u32, buf as u32))
    })?;
    linker.func_wrap(
        MODULE,
        "environ_sizes_get",
        |mut c: C, count: i32, size: i32| {
            host(&mut c, |call| call.sizes(count as u32, size as u32, false))
        },
    )?;
    linker.func_wrap(MODULE, "environ_get", |mut c: C, _: i32, _: i32| {
        host(&mut c, |call| call.constant(errno::SUCCESS))
    })?;
    linker.func_wrap(
        MODULE,
        "clock_time_get",
        |mut c: C, id: i32, _: i64, out: i32| {
            host(&mut c, |call| call.clock_time_get(id as u32, out as u32))
        },
    )?;
    linker.func_wrap(MODULE, "clock_res_get", |mut c: C, id: i32, out: i32| {
        host(&mut c, |call| call.clock_res_get(id as u32, out as u32))
    })?;
    linker.func_wrap(MODULE, "random_get", |mut c: C, buf: i32, len: i32| {
        host(&mut c, |call| call.random_get(buf as u32, len as u32))
    })?;
    linker.func_wrap(MODULE, "fd_fdstat_get", |mut c: C, fd: i32, out: i32| {
        host(&mut c, |call| call.fd_fdstat_get(fd as u32, out as u32))
    })?;
    linker.func_wrap(MODULE, "fd_filestat_get", |mut c: C, fd: i32, out: i32| {
        host(&mut c, |call| call.fd_filestat_get(fd as u32, out as u32))
    })?;
    linker.func_wrap(
        MODULE,
        "fd_fdstat_set_flags",
        |mut c: C, fd: i32, _: i32| host(&mut c, |call| call.std_stream_only(fd as u32)),
    )?;
    linker.func_wrap(MODULE, "fd_close", |mut c: C, fd: i32| {
        host(&mut c, |call| call.fd_close(fd as u32))
    })?;
    linker.func_wrap(MODULE, "fd_prestat_get", |mut c: C, fd: i32, out: i32| {
        host(&mut c, |call| call.fd_prestat_get(fd as u32, out as u32))
    })?;
    linker.func_wrap(
        MODULE,
        "fd_prestat_dir_name",
        |mut c: C, fd: i32, path: i32, len: i32| {
            host(&mut c, |call| {
                call.fd_prestat_dir_name(fd as u32, path as u32, len as u32)
            })
        },
    )?;
    linker.func_wrap(
        MODULE,
        "path_open",
        |mut c: C,
         dirfd: i32,
         _dirflags: i32,
         path: i32,
         path_len: i32,
         oflags: i32,
         rights: i64,
         _inheriting: i64,
         fdflags: i32,
         fd_out: i32| {
            host(&mut c, |call| {
                call.path_open(
                    dirfd as u32,
                    path as u32,
                    path_len as u32,
                    oflags as u32,
                    rights as u64,
                    fdflags as u32,
                    fd_out as u32,
                )
            })
        },
    )?;
    linker.func_wrap(
        MODULE,
        "path_filestat_get",
        |mut c: C, fd: i32, _flags: i32, path: i32, path_len: i32, out: i32| {
            host(&mut c, |call| {
                call.path_filestat_get(fd as u32, path as u32, path_len as u32, out as u32)
            })
        },
    )?;
    linker.func_wrap(
        MODULE,
        "fd_seek",
        |mut c: C, fd: i32, offset: i64, whence: i32, out: i32| {
            host(&mut c, |call| {
                call.fd_seek(fd as u32, offset, whence as u32, out as u32)
            })
        },
    )?;
    linker.func_wrap(MODULE, "fd_tell", |mut c: C, fd: i32, out: i32| {
        host(&mut c, |call| call.fd_tell(fd as u32, out as u32))
    })?;
    linker.func_wrap(
        MODULE,
        "poll_oneoff",
        |mut c: C, subs: i32, events: i32, n: i32, out: i32| {
            host(&mut c, |call| {
                call.poll_oneoff(subs as u32, events as u32, n as u32, out as u32)
            })
        },
    )?;
    linker.func_wrap(MODULE, "sched_yield", |mut c: C| {
        host(&mut c, |call| call.constant(errno::SUCCESS))
    })?;
    linker.func_wrap(
        JUDGE_MODULE,
        "call_begin",
        |mut c: C, buf: i32, len: i32| host(&mut c, |call| call.call_begin(buf as u32, len as u32)),
    )?;
    linker.func_wrap(JUDGE_MODULE, "call_end", |mut c: C| {
        host_without_memory(&mut c, |call| call.call_end())
    })?;
    linker.func_wrap(MODULE, "proc_exit", |code: i32| -> Result<()> {
        Err(wasmtime::Error::new(Stop::Exit(code)))
    })?;
    for (name, params, answer) in DENIED {
        let params = params.chars().map(|c| match c {
            'I' => ValType::I64,
            _ => ValType::I32,
        });
        let ty = FuncType::new(engine, params, [ValType::I32]);
        let answer = *answer;
        linker.func_new(MODULE, name, ty, move |mut c, _, results: &mut [Val]| {
            results[0] = Val::I32(host(&mut c, |call| call.denied(answer))?);
            Ok(())
        })?;
    }
    Ok(linker)
}
