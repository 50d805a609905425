//! Reading files that strangers control (solutions, `judge.toml`, pack
//! files) without being tricked: only a regular file is read, never a FIFO
//! (which would block), a device (`/dev/zero` reads forever) or a `/proc`
//! file (`/proc/self/environ` would leak the environment), and never more
//! than a cap. Within a root (a repository, a pack) the file's real path
//! must also stay inside it, so a symlink cannot smuggle in a host file.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// The largest solution source judged: LeetCode's editor takes about 100 KB.
pub const SOLUTION_CAP: u64 = 1 << 20;

/// The largest ready `.wasm` judged. Go's runtime alone makes a module of
/// about 2 MB; what a module costs to compile is bounded by the sandbox's
/// caps on its shape (`sandbox::caps`: at most 6 MiB of code), not by this.
pub const WASM_CAP: u64 = 16 << 20;

/// The largest solution file judged in `language`.
pub fn solution_cap(language: crate::Language) -> u64 {
    if language.is_source() {
        SOLUTION_CAP
    } else {
        WASM_CAP
    }
}

/// The largest `judge.toml`.
pub const CONFIG_CAP: u64 = 1 << 20;

/// Why a file was not read. Messages never quote the file's content.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("no such file")]
    NotFound,
    #[error("{0}, not a regular file (only regular files are read)")]
    NotRegular(&'static str),
    #[error("a symbolic link leading outside {0} (only files inside it are read)")]
    OutsideRoot(&'static str),
    #[error("a name that is not UTF-8")]
    NotUtf8Name,
    #[error("larger than the {} limit", size(*.cap))]
    TooLarge { cap: u64 },
    #[error("{0}")]
    Io(std::io::Error),
}

impl From<std::io::Error> for InputError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => InputError::NotFound,
            _ => InputError::Io(e),
        }
    }
}

/// `1 MiB`, `64 KiB`, `100 B`.
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes.is_multiple_of(1 << 10) {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} B")
    }
}

/// Reads `path` (which may be a symlink) if it is a regular file of at most
/// `cap` bytes.
pub fn read_regular(path: &Path, cap: u64) -> Result<Vec<u8>, InputError> {
    let real = std::fs::canonicalize(path)?;
    read_real(&real, cap)
}

/// Reads `path` like [`read_regular`], and only if its real path (symlinks
/// resolved) stays inside `root`, which `what` names in the error ("the
/// repository", "the pack").
pub fn read_inside(
    root: &Path,
    path: &Path,
    cap: u64,
    what: &'static str,
) -> Result<Vec<u8>, InputError> {
    let real = real_inside(root, path, what)?;
    read_real(&real, cap)
}

/// The real path of `path`, when it stays inside `root`.
pub fn real_inside(root: &Path, path: &Path, what: &'static str) -> Result<PathBuf, InputError> {
    let root = std::fs::canonicalize(root)?;
    let real = std::fs::canonicalize(path)?;
    if real.starts_with(&root) {
        Ok(real)
    } else {
        Err(InputError::OutsideRoot(what))
    }
}

/// Opens a symlink-free path without following a link swapped in since
/// (`O_NOFOLLOW`) or blocking on a FIFO (`O_NONBLOCK`), then checks what
/// was opened before reading at most `cap + 1` bytes.
fn read_real(real: &Path, cap: u64) -> Result<Vec<u8>, InputError> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(real)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => InputError::NotRegular("a symbolic link"),
            Some(libc::ENXIO) => InputError::NotRegular("a socket or FIFO"),
            _ => InputError::from(e),
        })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(InputError::NotRegular(kind(&meta.file_type())));
    }
    if meta.len() > cap {
        return Err(InputError::TooLarge { cap });
    }
    let bytes = read_capped(file, cap)?;
    // `/proc` and `/sys` files claim to be regular and empty, then produce
    // content: a real file never yields more than its size.
    if bytes.len() as u64 > meta.len() {
        return Err(InputError::NotRegular("a kernel pseudo-file"));
    }
    Ok(bytes)
}

/// At most `cap` bytes, or `TooLarge` when there are more.
fn read_capped(file: File, cap: u64) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(InputError::TooLarge { cap });
    }
    Ok(bytes)
}

fn kind(file_type: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_dir() {
        "a directory"
    } else if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else if file_type.is_socket() {
        "a socket"
    } else {
        "an unknown kind of file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_are_read_and_capped() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.c");
        std::fs::write(&file, b"int x;\n").unwrap();
        assert_eq!(read_regular(&file, 100).unwrap(), b"int x;\n");
        let err = read_regular(&file, 3).unwrap_err();
        assert!(matches!(err, InputError::TooLarge { cap: 3 }), "{err}");
        assert_eq!(
            InputError::TooLarge { cap: SOLUTION_CAP }.to_string(),
            "larger than the 1 MiB limit"
        );
    }

    #[test]
    fn a_ready_module_may_be_larger_than_a_source() {
        use crate::Language;
        assert_eq!(solution_cap(Language::Go), SOLUTION_CAP);
        assert_eq!(solution_cap(Language::Wasm), WASM_CAP);
    }

    #[test]
    fn devices_fifos_and_proc_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.c");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        assert!(matches!(
            read_regular(&fifo, 100),
            Err(InputError::NotRegular(_))
        ));
        let zero = dir.path().join("zero.c");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(matches!(
            read_regular(&zero, 100),
            Err(InputError::NotRegular("a device"))
        ));
        let environ = dir.path().join("env.c");
        std::os::unix::fs::symlink("/proc/self/environ", &environ).unwrap();
        let err = read_regular(&environ, 1 << 20).unwrap_err();
        assert!(matches!(err, InputError::NotRegular(_)), "{err}");
    }

    #[test]
    fn links_leaving_the_root_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("repo");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(dir.path().join("secret.txt"), b"s3cret").unwrap();
        std::fs::write(root.join("real.c"), b"int x;").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("out.c")).unwrap();
        std::os::unix::fs::symlink("real.c", root.join("in.c")).unwrap();
        assert_eq!(
            read_inside(&root, &root.join("in.c"), 100, "the repository").unwrap(),
            b"int x;"
        );
        let err = read_inside(&root, &root.join("out.c"), 100, "the repository").unwrap_err();
        assert!(matches!(err, InputError::OutsideRoot(_)), "{err}");
        assert!(!err.to_string().contains("s3cret"));
    }
}
