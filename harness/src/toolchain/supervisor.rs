//! The compiler's process group must die with the judge, even when the
//! judge is killed with SIGKILL and can clean nothing up. A parent-death
//! signal only reaches a direct child, and compilers spawn their own
//! (`go build` runs `compile` and `link`, clang runs `wasm-ld`). So the
//! process the judge spawns forks once more: the compiler is the
//! grandchild, and the child stays behind as the group's leader and
//! supervisor. It exits with the compiler's status, and when the judge
//! goes away it kills the whole group. The compiler itself gets a
//! parent-death signal from the supervisor.
//!
//! Everything here runs between fork and exec in a copy of a multithreaded
//! process: only async-signal-safe system calls, no allocation, no locks.

use std::time::Duration;

use nix::sys::prctl;
use nix::sys::signal::{self, kill, killpg, SigHandler, Signal};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::{fork, getpgrp, getpid, getppid, ForkResult, Pid};

/// How often the supervisor checks on the compiler and the judge.
const POLL: Duration = Duration::from_millis(20);

/// Called in the spawned child. Returns (to go on and exec the compiler)
/// only in the grandchild; the child supervises and never returns.
pub(super) fn split(judge: Pid) -> std::io::Result<()> {
    let supervisor = getpid();
    // SAFETY: `fork` in a process that is itself a fresh fork of the judge
    // with a single thread; both sides only make async-signal-safe calls.
    #[allow(unsafe_code)]
    let forked = unsafe { fork() }?;
    match forked {
        ForkResult::Child => {
            prctl::set_pdeathsig(Signal::SIGKILL)?;
            // The supervisor may already be gone (then we are orphaned).
            if getppid() != supervisor {
                return Err(std::io::Error::other("the supervisor died"));
            }
            Ok(())
        }
        ForkResult::Parent { child } => supervise(child, judge),
    }
}

fn supervise(compiler: Pid, judge: Pid) -> ! {
    // Keep no descriptor: not the compiler's output pipes (the judge reads
    // them to their end) nor std's exec-status pipe (`spawn` waits for it
    // to close, which must happen when the compiler execs, not when this
    // process exits).
    close_every_descriptor();
    // The judge's handlers (inherited) would act on the judge's behalf;
    // the supervisor leaves SIGINT/SIGTERM at their default.
    for sig in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        // SAFETY: installing the default disposition runs no code.
        #[allow(unsafe_code)]
        let _ = unsafe { signal::signal(sig, SigHandler::SigDfl) };
    }
    loop {
        match waitpid(compiler, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(_, code)) => exit(code),
            Ok(WaitStatus::Signaled(_, sig, _)) => die_like(sig),
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(_) => exit(127),
        }
        if getppid() != judge {
            let _ = killpg(getpgrp(), Signal::SIGKILL);
        }
        std::thread::sleep(POLL);
    }
}

/// Ends the supervisor the way the compiler ended, so the judge sees the
/// compiler's signal (SIGXCPU, SIGXFSZ, SIGSEGV, ...).
fn die_like(sig: Signal) -> ! {
    // No core dump of this copy of the judge.
    let _ = prctl::set_dumpable(false);
    // SAFETY: as above; then the signal's default action ends us.
    #[allow(unsafe_code)]
    let _ = unsafe { signal::signal(sig, SigHandler::SigDfl) };
    let _ = signal::sigprocmask(
        signal::SigmaskHow::SIG_UNBLOCK,
        Some(&signal::SigSet::all()),
        None,
    );
    let _ = kill(getpid(), sig);
    exit(128 + sig as i32)
}

fn close_every_descriptor() {
    use nix::libc;
    // SAFETY: plain system calls on integers.
    #[allow(unsafe_code)]
    unsafe {
        if libc::syscall(libc::SYS_close_range, 0u32, u32::MAX, 0u32) != 0 {
            for fd in 0..65536 {
                libc::close(fd);
            }
        }
    }
}

fn exit(code: i32) -> ! {
    // SAFETY: `_exit` skips atexit handlers and stdio flushing, which
    // belong to the judge this process was forked from.
    #[allow(unsafe_code)]
    unsafe {
        nix::libc::_exit(code)
    }
}
