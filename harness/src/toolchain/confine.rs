//! Running an untrusted compile natively, confined: cleared environment,
//! rlimits (CPU, address space, file size, processes), filesystem access
//! limited with Landlock where the kernel has it (see `filesystem`), its own
//! process group killed as a whole on a wall-clock timeout or when the
//! group's resident memory exceeds its budget, and output captured up to a
//! cap. The group dies with the judge: its leader is a small supervisor
//! (see `supervisor`) that kills it when the judge goes away, even by
//! SIGKILL, and `shutdown` kills it on SIGINT/SIGTERM.

use std::ffi::OsString;
use std::io::Read;
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::resource::{getrlimit, setrlimit, Resource};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;

use super::filesystem::{self, FsAccess};
use super::{group_memory, shutdown, supervisor};

/// A command to run confined.
#[derive(Debug, Clone)]
pub struct Confined {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    /// The whole environment (nothing is inherited).
    pub env: Vec<(OsString, OsString)>,
    pub cwd: PathBuf,
    /// Where it may read and write; `None` leaves the filesystem unconfined.
    pub filesystem: Option<FsAccess>,
}

/// Limits for one confined run.
#[derive(Debug, Clone)]
pub struct ConfineLimits {
    pub wall_time: Duration,
    /// RLIMIT_CPU, per process.
    pub cpu_seconds: u64,
    /// RLIMIT_AS, per process; `None` leaves it unset.
    pub address_space: Option<u64>,
    /// RLIMIT_FSIZE: the largest file a process may write.
    pub file_size: u64,
    /// RLIMIT_NPROC; `None` leaves it unset. It counts every process of the
    /// user, and the kernel ignores it for root.
    pub processes: Option<u64>,
    /// Bytes of stdout+stderr kept; more kills the run.
    pub output_bytes: usize,
    /// Resident memory of the whole process group; more kills the run.
    pub memory_budget: Option<u64>,
}

/// How a confined run ended.
#[derive(Debug)]
pub struct Finished {
    pub status: ExitStatus,
    /// stdout and stderr, interleaved as read, at most `output_bytes`.
    pub output: Vec<u8>,
    pub timed_out: bool,
    pub output_exceeded: bool,
    /// Killed for going over `memory_budget`.
    pub memory_exceeded: bool,
    /// The largest resident memory of the group seen while polling.
    pub peak_memory_bytes: u64,
}

#[derive(Default)]
struct Captured {
    bytes: Vec<u8>,
    exceeded: bool,
}

/// Runs `cmd` under `limits`, waiting for it (and killing its process group).
pub fn run(cmd: &Confined, limits: &ConfineLimits) -> std::io::Result<Finished> {
    let mut command = Command::new(&cmd.program);
    command
        .args(&cmd.args)
        .env_clear()
        .envs(cmd.env.iter().map(|(k, v)| (k, v)))
        .current_dir(&cmd.cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    // First: everything after it runs in the compiler, not the supervisor.
    supervise(&mut command);
    set_rlimits(&mut command, limits);
    // Built here, in the parent; the child only enforces it. The descriptor
    // stays open until `spawn` returns (it is close-on-exec).
    let ruleset = match &cmd.filesystem {
        Some(access) => filesystem::ruleset(access)?,
        None => None,
    };
    if let Some(fd) = &ruleset {
        restrict_filesystem(&mut command, fd.as_raw_fd());
    }
    let started = Instant::now();
    let spawned = command.spawn();
    drop(ruleset);
    let mut child = spawned?;
    let pgid = Pid::from_raw(child.id() as i32);
    let _tracked = shutdown::track_group(pgid);
    let captured = Arc::new(Mutex::new(Captured::default()));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let mut readers = 0;
    let streams: Vec<Box<dyn Read + Send>> = [
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .flatten()
    .collect();
    for mut stream in streams {
        readers += 1;
        let captured = Arc::clone(&captured);
        let cap = limits.output_bytes;
        let done = done_tx.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = stream.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut c) = captured.lock() {
                    let room = cap.saturating_sub(c.bytes.len());
                    c.bytes.extend_from_slice(&buf[..n.min(room)]);
                    if n > room {
                        c.exceeded = true;
                    }
                }
            }
            let _ = done.send(());
        });
    }
    drop(done_tx);
    let mut timed_out = false;
    let mut memory_exceeded = false;
    let mut peak_memory_bytes = 0;
    let mut next_memory_poll = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if Instant::now() >= next_memory_poll {
            next_memory_poll = Instant::now() + MEMORY_POLL;
            let resident = group_memory::of(pgid).resident_bytes;
            peak_memory_bytes = peak_memory_bytes.max(resident);
            memory_exceeded = limits.memory_budget.is_some_and(|b| resident > b);
        }
        let exceeded = captured.lock().map(|c| c.exceeded).unwrap_or(false);
        if started.elapsed() >= limits.wall_time || exceeded || memory_exceeded {
            timed_out = !exceeded && !memory_exceeded;
            let _ = killpg(pgid, Signal::SIGKILL);
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    // Stragglers (a compiler's children) must not outlive the compile.
    let _ = killpg(pgid, Signal::SIGKILL);
    let deadline = Instant::now() + Duration::from_secs(2);
    for _ in 0..readers {
        let left = deadline.saturating_duration_since(Instant::now());
        if done_rx.recv_timeout(left).is_err() {
            tracing::warn!("compiler output pipe still open after the compiler exited");
            break;
        }
    }
    let (output, output_exceeded) = match captured.lock() {
        Ok(mut c) => (std::mem::take(&mut c.bytes), c.exceeded),
        Err(_) => (Vec::new(), false),
    };
    tracing::debug!(elapsed = ?started.elapsed(), ?status, "confined run finished");
    Ok(Finished {
        status,
        output,
        timed_out,
        output_exceeded,
        memory_exceeded,
        peak_memory_bytes,
    })
}

/// How often the group's resident memory is measured (a scan of /proc).
const MEMORY_POLL: Duration = Duration::from_millis(100);

/// Makes the spawned process a supervisor that forks the compiler and
/// stays behind as the group leader (see `supervisor`).
#[allow(unsafe_code)]
fn supervise(command: &mut Command) {
    let judge = nix::unistd::getpid();
    // SAFETY: the closure runs in the forked child before exec and only
    // makes async-signal-safe system calls (fork, prctl, sigaction,
    // waitpid, getppid, kill, nanosleep, _exit) on integers captured here:
    // no allocation, no locks. See `supervisor::split`.
    unsafe {
        command.pre_exec(move || supervisor::split(judge));
    }
}

/// Installs the rlimits in the child between fork and exec.
#[allow(unsafe_code)]
fn set_rlimits(command: &mut Command, limits: &ConfineLimits) {
    let cpu = limits.cpu_seconds;
    let address_space = limits.address_space;
    let file_size = limits.file_size;
    let processes = limits.processes;
    // SAFETY: the closure runs in the forked child before exec. It only
    // calls setrlimit(2) through nix (a plain syscall wrapper: no
    // allocation, no locks), which is async-signal-safe, and it captures
    // only plain integers copied above.
    unsafe {
        command.pre_exec(move || {
            lower(Resource::RLIMIT_CPU, cpu, cpu.saturating_add(1))?;
            lower(Resource::RLIMIT_FSIZE, file_size, file_size)?;
            if let Some(bytes) = address_space {
                lower(Resource::RLIMIT_AS, bytes, bytes)?;
            }
            if let Some(n) = processes {
                lower(Resource::RLIMIT_NPROC, n, n)?;
            }
            Ok(())
        });
    }
}

/// Enforces the Landlock ruleset `fd` in the child between fork and exec.
#[allow(unsafe_code)]
fn restrict_filesystem(command: &mut Command, fd: RawFd) {
    // SAFETY: the closure runs in the forked child before exec. It only
    // makes two raw syscalls (prctl, landlock_restrict_self) on an integer
    // descriptor the parent keeps open until spawn returns; no allocation,
    // no locks: async-signal-safe.
    unsafe {
        command.pre_exec(move || filesystem::restrict_self(fd));
    }
}

/// Sets a limit, never above the current hard limit (raising it needs
/// privileges). Called between fork and exec: only getrlimit/setrlimit.
fn lower(resource: Resource, soft: u64, hard: u64) -> std::io::Result<()> {
    let (_, current_hard) = getrlimit(resource)?;
    let hard = hard.min(current_hard);
    setrlimit(resource, soft.min(hard), hard)?;
    Ok(())
}
