//! A file's identity without reading or running it: path, size,
//! modification time, inode and device. Caches keyed by a program's identity
//! (a toolchain's binary, the judge itself) notice when it is replaced,
//! upgraded or rebuilt, at the cost of one `stat`.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::sync::OnceLock;

/// `path`'s identity as text, or `None` when it cannot be `stat`ed.
pub fn of(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    Some(format!(
        "{} size={} mtime={}.{:09} ino={} dev={}",
        path.display(),
        meta.len(),
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ino(),
        meta.dev()
    ))
}

/// The identity of this build of the judge: its version plus the running
/// executable's identity, so a rebuilt judge (whose verdict rules may have
/// changed) never reuses an older build's cached verdicts. Without a
/// readable executable, only the version (and a per-process marker, so
/// nothing is reused across processes).
pub fn judge_build() -> &'static str {
    static BUILD: OnceLock<String> = OnceLock::new();
    BUILD.get_or_init(|| {
        let exe = std::env::current_exe().ok().and_then(|exe| of(&exe));
        format!(
            "judge {} {}",
            env!("CARGO_PKG_VERSION"),
            exe.unwrap_or_else(|| format!("unknown executable, pid {}", std::process::id()))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewritten_file_changes_identity() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tool");
        std::fs::write(&path, b"one").unwrap();
        let first = of(&path).unwrap();
        assert_eq!(of(&path).as_deref(), Some(first.as_str()));
        std::fs::write(&path, b"longer").unwrap();
        assert_ne!(of(&path).unwrap(), first);
        assert_eq!(of(&dir.path().join("missing")), None);
        assert!(judge_build().starts_with("judge "));
    }
}
