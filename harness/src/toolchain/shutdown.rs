//! Compiles die with the judge. On SIGINT or SIGTERM the judge kills every
//! running compile's process group, removes every build directory, and
//! exits with the conventional code (128 + signal). A judge killed with
//! SIGKILL can do neither: its compilers die through their supervisor
//! (see `supervisor`), and its build directories, named after its process
//! id, are removed by the next judge that starts (`install`).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, killpg, Signal};
use nix::unistd::Pid;
use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::group_memory;

/// The prefix of every build directory; the judge's pid and a random part
/// follow (`judge-build-1234-Ab3xYz`).
pub const BUILD_DIR_PREFIX: &str = "judge-build-";

#[derive(Default)]
struct Active {
    groups: Vec<Pid>,
    dirs: Vec<PathBuf>,
}

static ACTIVE: Mutex<Active> = Mutex::new(Active {
    groups: Vec::new(),
    dirs: Vec::new(),
});

fn active() -> std::sync::MutexGuard<'static, Active> {
    ACTIVE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes stale build directories of judges that died, then handles
/// SIGINT and SIGTERM as described above. Call once, at start.
pub fn install() -> std::io::Result<()> {
    clean_stale_build_dirs(&std::env::temp_dir());
    let mut signals = Signals::new([SIGINT, SIGTERM])?;
    std::thread::Builder::new()
        .name("judge-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop_all_compiles();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Set once a SIGINT or SIGTERM is being handled.
static SHUTTING_DOWN: AtomicBool = AtomicBool::new(false);

/// Blocks for good when the judge is shutting down: a compile killed by
/// the shutdown must not be reported (as a CPU-limit kill, say) before the
/// signal thread exits the process with its conventional code.
pub fn wait_if_shutting_down() {
    while SHUTTING_DOWN.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Kills every registered compile and removes every registered directory.
fn stop_all_compiles() {
    SHUTTING_DOWN.store(true, Ordering::SeqCst);
    let (groups, dirs) = {
        let active = active();
        (active.groups.clone(), active.dirs.clone())
    };
    for &group in &groups {
        let _ = killpg(group, Signal::SIGKILL);
    }
    // The kernel takes a moment to tear the processes down; a compiler
    // still writing could otherwise recreate files after the removal.
    let deadline = Instant::now() + Duration::from_secs(2);
    while groups.iter().any(|&g| group_memory::of(g).processes > 0) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    for dir in dirs {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Registration of a running compile's process group; dropped when done.
pub struct GroupGuard(Pid);

pub fn track_group(group: Pid) -> GroupGuard {
    active().groups.push(group);
    GroupGuard(group)
}

impl Drop for GroupGuard {
    fn drop(&mut self) {
        active().groups.retain(|&g| g != self.0);
    }
}

/// Registration of a build directory; dropped when it is removed.
pub struct DirGuard(PathBuf);

pub fn track_dir(dir: &Path) -> DirGuard {
    active().dirs.push(dir.to_path_buf());
    DirGuard(dir.to_path_buf())
}

impl Drop for DirGuard {
    fn drop(&mut self) {
        active().dirs.retain(|d| d != &self.0);
    }
}

/// The prefix for this process's build directories.
pub fn build_dir_prefix() -> String {
    format!("{BUILD_DIR_PREFIX}{}-", std::process::id())
}

/// Removes `judge-build-<pid>-*` directories in `tmp` that belong to us and
/// whose judge process no longer exists.
pub fn clean_stale_build_dirs(tmp: &Path) {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    let me = nix::unistd::geteuid().as_raw();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(BUILD_DIR_PREFIX))
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<i32>().ok())
            .filter(|&pid| pid > 0)
        else {
            continue;
        };
        let ours = entry.metadata().is_ok_and(|m| m.is_dir() && m.uid() == me);
        let dead = kill(Pid::from_raw(pid), None) == Err(nix::errno::Errno::ESRCH);
        if ours && dead {
            tracing::debug!(dir = ?entry.path(), "removing a dead judge's build directory");
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_dead_judges_build_dirs_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let mine = tmp.path().join(format!("{}abc", build_dir_prefix()));
        // pid_max is at most 2^22: this pid cannot exist.
        let dead = tmp.path().join(format!("{BUILD_DIR_PREFIX}99999999-abc"));
        let other = tmp.path().join("judge-build-notapid");
        for d in [&mine, &dead, &other] {
            std::fs::create_dir_all(d.join("src")).unwrap();
        }
        clean_stale_build_dirs(tmp.path());
        assert!(mine.exists());
        assert!(!dead.exists());
        assert!(other.exists());
    }
}
