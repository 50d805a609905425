//! A size bound for a cache directory of many small entries (Cranelift's
//! compiled functions): without one, the directory only ever grows, since
//! every compile of a new module adds entries and nothing removes them.
//!
//! Least recently used entries go first: a hit sets the entry's mtime to now
//! (one `utimensat` that never follows a symlink), and eviction deletes the
//! entries with the oldest mtimes. The directory is scanned only when this
//! process inserts: once at its first insert, to learn the total, and then
//! each time the bytes it inserted since push that total over the bound.
//! Eviction goes down to [`LOW_WATER`] of the bound, so the next scan is
//! many inserts away.
//!
//! Only regular files inside real directories are counted or deleted:
//! symlinks (to files or to folders) are left alone and never followed, so
//! nothing outside the directory is touched.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use nix::sys::stat::{utimensat, UtimensatFlags};
use nix::sys::time::TimeSpec;

/// The bound when neither the configuration nor [`MAX_BYTES_VARIABLE`] set one.
pub const DEFAULT_MAX_BYTES: u64 = 256 << 20;

/// The environment variable that overrides [`DEFAULT_MAX_BYTES`]: bytes, or a
/// number with a `K`, `M` or `G` suffix (powers of 1024, `KiB` and so on
/// accepted too).
pub const MAX_BYTES_VARIABLE: &str = "JUDGE_FUNCTION_CACHE_MAX";

/// Eviction stops once the entries left hold at most this fraction of the
/// bound (in percent).
const LOW_WATER: u64 = 80;

/// The bound from [`MAX_BYTES_VARIABLE`], else the default. A value that does
/// not parse is reported and ignored.
pub(crate) fn max_bytes_from_env() -> u64 {
    match std::env::var(MAX_BYTES_VARIABLE) {
        Ok(text) => parse_size(&text).unwrap_or_else(|| {
            tracing::warn!(
                "${MAX_BYTES_VARIABLE}={text:?} is not a size (bytes, or with K, M or G); using {DEFAULT_MAX_BYTES} bytes"
            );
            DEFAULT_MAX_BYTES
        }),
        Err(_) => DEFAULT_MAX_BYTES,
    }
}

/// `1234`, `64K`, `256M`, `2G`, `512MiB` (case-insensitive, spaces around
/// ignored): the size in bytes, or `None`.
pub(crate) fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number.parse().ok()?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        "g" | "gib" => 30,
        _ => return None,
    };
    number.checked_mul(1u64 << shift)
}

/// Keeps the regular files under `root` (at most two levels: fan-out folders
/// and their entries) within `max_bytes`.
#[derive(Debug)]
pub(crate) struct DirBound {
    root: PathBuf,
    max_bytes: u64,
    /// What this process believes the directory holds: `None` until its
    /// first insert scanned it.
    total: Mutex<Option<u64>>,
}

impl DirBound {
    pub(crate) fn new(root: PathBuf, max_bytes: u64) -> DirBound {
        DirBound {
            root,
            max_bytes,
            total: Mutex::new(None),
        }
    }

    /// Marks the entry at `path` as just used (its mtime becomes now). A
    /// failure only makes it look older than it is.
    pub(crate) fn touch(&self, path: &Path) {
        let _ = utimensat(
            None,
            path,
            &TimeSpec::UTIME_OMIT,
            &TimeSpec::UTIME_NOW,
            UtimensatFlags::NoFollowSymlink,
        );
    }

    /// Records that the entry at `path` was written (its size, headers
    /// included, by `lstat`), and evicts the least recently used entries
    /// when the directory is over its bound.
    pub(crate) fn inserted(&self, path: &Path) {
        let bytes = std::fs::symlink_metadata(path).map_or(0, |m| m.len());
        let Ok(mut total) = self.total.lock() else {
            return;
        };
        match *total {
            // The first insert of this process: learn what the directory
            // holds (other processes may have filled it), evict if needed.
            None => *total = Some(self.enforce()),
            Some(known) => {
                let known = known.saturating_add(bytes);
                *total = Some(if known > self.max_bytes {
                    self.enforce()
                } else {
                    known
                });
            }
        }
    }

    /// Scans the directory and, when it is over the bound, deletes entries
    /// oldest first down to the low-water mark. Returns what is left.
    fn enforce(&self) -> u64 {
        let mut entries = entries(&self.root);
        let mut total: u64 = entries.iter().map(|e| e.bytes).sum();
        if total <= self.max_bytes {
            return total;
        }
        let low_water = self.max_bytes / 100 * LOW_WATER;
        entries.sort_by_key(|e| e.used);
        let mut evicted = 0usize;
        for entry in entries {
            if total <= low_water {
                break;
            }
            // An entry another process deleted first is gone all the same.
            match std::fs::remove_file(&entry.path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    tracing::warn!(path = %entry.path.display(), "cannot evict a cache entry: {e}");
                    continue;
                }
            }
            total = total.saturating_sub(entry.bytes);
            evicted += 1;
        }
        tracing::debug!(
            root = %self.root.display(),
            evicted,
            left_bytes = total,
            max_bytes = self.max_bytes,
            "evicted least recently used cache entries"
        );
        total
    }
}

/// One regular file of the directory.
#[derive(Debug)]
struct Entry {
    path: PathBuf,
    bytes: u64,
    used: SystemTime,
}

/// The regular files directly under `root` and under its real (not
/// symlinked) subdirectories, by `lstat`: a symlink is neither followed nor
/// listed.
fn entries(root: &Path) -> Vec<Entry> {
    let mut found = Vec::new();
    let Ok(top) = std::fs::read_dir(root) else {
        return found;
    };
    for item in top.flatten() {
        let Ok(meta) = item.file_type() else {
            continue;
        };
        if meta.is_dir() {
            let Ok(sub) = std::fs::read_dir(item.path()) else {
                continue;
            };
            found.extend(sub.flatten().filter_map(|f| file(&f)));
        } else if let Some(entry) = file(&item) {
            found.push(entry);
        }
    }
    found
}

/// The entry for a directory item that is a regular file (not a symlink).
fn file(item: &std::fs::DirEntry) -> Option<Entry> {
    // `DirEntry::metadata` does not follow symlinks.
    let meta = item.metadata().ok()?;
    meta.file_type().is_file().then(|| Entry {
        path: item.path(),
        bytes: meta.len(),
        used: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// Writes `bytes` bytes at `root/name`, last used `age_s` seconds ago.
    fn put(root: &Path, name: &str, bytes: usize, age_s: u64) -> PathBuf {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, vec![7u8; bytes]).unwrap();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(age_s))
            .unwrap();
        path
    }

    fn total(root: &Path) -> u64 {
        entries(root).iter().map(|e| e.bytes).sum()
    }

    #[test]
    fn many_inserts_stay_under_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let bound = DirBound::new(dir.path().to_path_buf(), 64 << 10);
        for i in 0..600 {
            let path = put(dir.path(), &format!("{:02x}/{i:038}", i % 256), 1000, 0);
            bound.inserted(&path);
            assert!(total(dir.path()) <= 64 << 10, "over the bound after {i}");
        }
        // It evicted in batches, down to the low-water mark, not one by one.
        let left = entries(dir.path()).len();
        assert!((40..=65).contains(&left), "{left} entries left");
    }

    #[test]
    fn the_least_recently_used_go_first_and_a_touch_counts_as_use() {
        let dir = tempfile::tempdir().unwrap();
        let old = put(dir.path(), "aa/old", 400, 300);
        let used = put(dir.path(), "aa/used", 400, 400);
        let newer = put(dir.path(), "bb/newer", 400, 100);
        let bound = DirBound::new(dir.path().to_path_buf(), 1000);
        bound.touch(&used);
        // The first insert scans: 1200 bytes > 1000, down to 800.
        bound.inserted(&newer);
        assert!(!old.exists(), "the least recently used entry stays");
        assert!(used.exists() && newer.exists());
    }

    #[test]
    fn under_the_bound_nothing_is_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let a = put(dir.path(), "aa/a", 100, 1000);
        let bound = DirBound::new(dir.path().to_path_buf(), 1000);
        bound.inserted(&a);
        bound.inserted(&a);
        assert!(a.exists());
    }

    #[test]
    fn symlinks_are_neither_followed_nor_counted_nor_deleted() {
        let outside = tempfile::tempdir().unwrap();
        let target_file = put(outside.path(), "victim", 5000, 10_000);
        let target_dir_file = put(outside.path(), "folder/victim", 5000, 10_000);
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("aa")).unwrap();
        std::os::unix::fs::symlink(&target_file, dir.path().join("aa/link")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("folder"), dir.path().join("bb")).unwrap();
        let mine = put(dir.path(), "cc/entry", 2000, 5000);
        let bound = DirBound::new(dir.path().to_path_buf(), 1000);
        // A touch of the link leaves the target's mtime alone.
        let before = std::fs::metadata(&target_file).unwrap().modified().unwrap();
        bound.touch(&dir.path().join("aa/link"));
        assert_eq!(
            std::fs::metadata(&target_file).unwrap().modified().unwrap(),
            before
        );
        bound.inserted(&mine);
        assert!(!mine.exists(), "the real entry over the bound stays");
        assert!(target_file.exists() && target_dir_file.exists());
        assert!(dir.path().join("aa/link").symlink_metadata().is_ok());
        assert!(dir.path().join("bb").symlink_metadata().is_ok());
    }

    #[test]
    fn sizes_parse_with_binary_suffixes() {
        assert_eq!(parse_size("1234"), Some(1234));
        assert_eq!(parse_size(" 64K "), Some(64 << 10));
        assert_eq!(parse_size("256M"), Some(256 << 20));
        assert_eq!(parse_size("2g"), Some(2 << 30));
        assert_eq!(parse_size("512MiB"), Some(512 << 20));
        assert_eq!(parse_size("10 kib"), Some(10 << 10));
        for bad in [
            "",
            "M",
            "-1",
            "1.5G",
            "12T",
            "99999999999999999999",
            "20000000000G",
        ] {
            assert_eq!(parse_size(bad), None, "{bad:?}");
        }
    }

    proptest::proptest! {
        /// Any text parses to a size or to `None`, never a panic; a number
        /// with a suffix is that number times the unit.
        #[test]
        fn any_text_parses_or_is_refused(text in ".{0,24}") {
            let _ = parse_size(&text);
        }

        #[test]
        fn numbers_with_units_scale(n in 0u64..1 << 30, unit in 0usize..4) {
            let (suffix, shift) = [("", 0), ("K", 10), ("M", 20), ("G", 30)][unit];
            proptest::prop_assert_eq!(parse_size(&format!("{n}{suffix}")), n.checked_mul(1 << shift));
        }
    }
}
