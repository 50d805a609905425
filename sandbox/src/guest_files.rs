//! What a run may see besides stdin: arguments after the program name and
//! preopened in-memory directories. Solutions get none of it; checker and
//! interactor programs get their input, answer and output as read-only
//! files and a small writable feedback directory (the Kattis and testlib
//! protocols). Nothing here touches the host's file system.

use std::sync::Arc;

/// Arguments and directories for one run (see [`crate::Program::run_with`]).
#[derive(Debug, Clone, Default)]
pub struct GuestFiles {
    /// Arguments after the program name (`argv[1..]`).
    pub args: Vec<String>,
    /// Directories preopened for the guest, at file descriptors 3, 4, ...
    /// (a run with directories has no result channel on fd 3).
    pub dirs: Vec<GuestDir>,
}

/// One preopened directory.
#[derive(Debug, Clone)]
pub struct GuestDir {
    /// The absolute path the guest sees (`/data`); no trailing slash.
    pub path: String,
    pub access: DirAccess,
}

/// What the guest may do in a directory.
#[derive(Debug, Clone)]
pub enum DirAccess {
    /// Fixed files, readable and seekable, never writable.
    ReadOnly(Vec<(String, Arc<[u8]>)>),
    /// Starts empty; the guest may create at most `max_files` files holding
    /// at most `max_bytes` in all. Writing past either limit ends the run
    /// with [`crate::RunEnd::OutputLimit`].
    Writable { max_files: usize, max_bytes: u64 },
}

/// A file the guest wrote in a writable directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenFile {
    /// The guest's path: `/feedback/judgemessage.txt`.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl GuestFiles {
    /// Whether the run sees anything beyond a solution's environment.
    pub fn is_empty(&self) -> bool {
        self.args.is_empty() && self.dirs.is_empty()
    }
}
