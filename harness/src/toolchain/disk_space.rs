//! A compile that fails because the disk is full is the host's failure, not
//! the solution's. Clang, rustc and Go then say "No space left on device" or
//! leave a truncated module, which would otherwise be reported as the user's
//! `CE` (and annotated on their file by `judge check`). After a failed
//! compile the judge looks at the free space where the compiler wrote: that,
//! unlike the compiler's messages, is not the solution's to choose.

use std::path::Path;

/// With less than this free where the compiler writes, a failed compile is
/// put down to the disk. A compile's temporary files are gone by the time it
/// is checked, so the margin is wider than any one of them.
pub const LOW_DISK_BYTES: u64 = 256 << 20;

/// Bytes an unprivileged writer may still use on the filesystem of `dir`.
fn available_bytes(dir: &Path) -> Option<u64> {
    let stat = nix::sys::statvfs::statvfs(dir).ok()?;
    #[allow(clippy::useless_conversion)] // the field types differ by platform
    let (blocks, size) = (
        u64::from(stat.blocks_available()),
        u64::from(stat.fragment_size()),
    );
    Some(blocks.saturating_mul(size))
}

/// The internal error for a failed compile when one of `dirs` (where the
/// compiler wrote) is nearly full; `None` when they all have room.
/// `failure` says what went wrong and ends the message.
pub fn full_disk(dirs: &[std::path::PathBuf], failure: &str) -> Option<String> {
    let free = dirs.iter().filter_map(|d| available_bytes(d)).min()?;
    (free < LOW_DISK_BYTES).then(|| {
        format!(
            "the disk the compiler writes to is nearly full ({} MiB free): \
             free some space and judge again; {failure}",
            free >> 20
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_with_room_is_not_full() {
        let dir = tempfile::tempdir().unwrap();
        // The test machine's temporary directory has room for a compile.
        assert!(available_bytes(dir.path()).unwrap() >= LOW_DISK_BYTES);
        assert_eq!(full_disk(&[dir.path().to_path_buf()], "x"), None);
    }

    #[test]
    fn a_missing_directory_says_nothing() {
        let gone = Path::new("/nonexistent/judge-disk-space").to_path_buf();
        assert_eq!(full_disk(&[gone], "x"), None);
    }
}
