//! Filesystem confinement of untrusted compiles with Landlock: a compiler
//! may read (and execute) only beneath the system and toolchain directories
//! it needs, and write only beneath its build directory and the Go build
//! cache, so `include_str!("/etc/passwd")` or `.incbin "/root/.ssh/id_rsa"`
//! fails to open the file instead of compiling it into the module.
//!
//! The ruleset is built in the parent (allocation, `open`, error handling),
//! and the child only calls `prctl(PR_SET_NO_NEW_PRIVS)` and
//! `landlock_restrict_self` on the ruleset's descriptor between fork and
//! exec. Where the kernel lacks Landlock the compile runs unconfined (best
//! effort) with a warning; [`filesystem_confinement_available`] tells.

use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use landlock::{
    path_beneath_rules, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr,
    RulesetCreatedAttr, Scope, ABI,
};

/// The Landlock ABI whose rights are handled. Newer kernels enforce all of
/// them; older ones what they know (best effort).
const HANDLED_ABI: ABI = ABI::V6;

/// System paths every compiler may read and execute. Directories cover
/// everything beneath them; missing paths are skipped.
pub const SYSTEM_READ: &[&str] = &[
    // Binaries, shared libraries, headers, wasi-libc, locales, LLVM.
    "/usr",
    "/lib",
    "/lib64",
    "/lib32",
    "/bin",
    "/sbin",
    // The dynamic loader's cache: the only file under /etc that clang,
    // rustc and go open (strace -f -e trace=openat).
    "/etc/ld.so.cache",
    // Not all of /proc: Landlock's ptrace scoping does not stop reading
    // other processes' /proc/<pid>/environ on every kernel (it did not on
    // 6.18), which would leak the judge's environment. The Go runtime's and
    // rustc's reads of /proc/self/{cgroup,mountinfo,maps,statm} fail and
    // they fall back to defaults; these host-wide files are not secret.
    "/proc/sys/vm/overcommit_memory",
    "/proc/cpuinfo",
    "/proc/meminfo",
    // Runtime tuning the Go runtime, LLVM and rustc's allocator probe.
    "/sys/kernel/mm/transparent_hugepage",
    "/sys/fs/cgroup",
    "/sys/devices/system/cpu",
    "/dev/urandom",
    "/dev/random",
    "/dev/zero",
];

/// Device files every compiler may write (go build writes to /dev/null).
pub const SYSTEM_WRITE: &[&str] = &["/dev/null"];

/// What a confined command may touch on the filesystem.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FsAccess {
    /// Read and execute beneath these (files or directories).
    pub read: Vec<PathBuf>,
    /// Read, write, create and remove beneath these.
    pub write: Vec<PathBuf>,
}

impl FsAccess {
    /// The system paths ([`SYSTEM_READ`], [`SYSTEM_WRITE`]) plus `read` and
    /// `write`.
    pub fn system_and(read: Vec<PathBuf>, write: Vec<PathBuf>) -> FsAccess {
        let mut access = FsAccess {
            read: SYSTEM_READ.iter().map(PathBuf::from).collect(),
            write: SYSTEM_WRITE.iter().map(PathBuf::from).collect(),
        };
        access.read.extend(read);
        access.write.extend(write);
        access
    }
}

/// Whether this kernel enforces Landlock, so compiles cannot read files
/// outside the allowed paths. Detected once, with the `landlock` crate.
pub fn filesystem_confinement_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let probe = Ruleset::default()
            .set_compatibility(CompatLevel::BestEffort)
            .handle_access(AccessFs::from_all(ABI::V1))
            .and_then(|r| r.create());
        match probe {
            Ok(created) => Option::<OwnedFd>::from(created).is_some(),
            Err(e) => {
                tracing::debug!(error = %e, "landlock probe failed");
                false
            }
        }
    })
}

/// Builds the Landlock ruleset for `access` and returns its descriptor (to
/// be enforced with [`restrict_self`] in the child), or `None` when the
/// kernel has no Landlock (logged once as a warning).
pub fn ruleset(access: &FsAccess) -> std::io::Result<Option<OwnedFd>> {
    if !filesystem_confinement_available() {
        static WARNED: OnceLock<()> = OnceLock::new();
        WARNED.get_or_init(|| {
            tracing::warn!(
                "this kernel does not support Landlock: compiles are not confined to the \
                 toolchain's files, and a solution can read host files at compile time"
            );
        });
        return Ok(None);
    }
    let err = |e: landlock::RulesetError| std::io::Error::other(format!("landlock: {e}"));
    let read = AccessFs::from_read(HANDLED_ABI);
    let all = AccessFs::from_all(HANDLED_ABI);
    let created = Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(all)
        .map_err(err)?
        // No network: a compile needs none (GOPROXY=off).
        .handle_access(AccessNet::from_all(HANDLED_ABI))
        .map_err(err)?
        .scope(Scope::from_all(HANDLED_ABI))
        .map_err(err)?
        .create()
        .map_err(err)?
        .add_rules(path_beneath_rules(existing(&access.read), read))
        .map_err(err)?
        .add_rules(path_beneath_rules(existing(&access.write), all))
        .map_err(err)?;
    Ok(Option::<OwnedFd>::from(created))
}

/// The paths that exist (a rule needs an open descriptor).
fn existing(paths: &[PathBuf]) -> impl Iterator<Item = &Path> {
    paths.iter().map(PathBuf::as_path).filter(|p| p.exists())
}

/// Enforces the ruleset `fd` on the calling process: sets no_new_privs and
/// calls `landlock_restrict_self(2)`. Meant for the child between fork and
/// exec: two raw syscalls, no allocation, no locks (async-signal-safe).
#[allow(unsafe_code)]
pub fn restrict_self(fd: std::os::fd::RawFd) -> std::io::Result<()> {
    use nix::libc;
    // SAFETY: prctl(2) with integer arguments only; it touches no memory of
    // ours and is async-signal-safe.
    if unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: landlock_restrict_self(2) takes the ruleset descriptor (kept
    // open by the parent until spawn returns) and a flags integer; it
    // touches no memory of ours and is a plain syscall.
    if unsafe { libc::syscall(libc::SYS_landlock_restrict_self, fd, 0u32) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}
