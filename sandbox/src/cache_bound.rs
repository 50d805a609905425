//! A size bound for a cache directory of many small entries (Cranelift's
//! compiled functions): without one, the directory only ever grows, since
//! every compile of a new module adds entries and nothing removes them.
//!
//! Least recently used entries go first: a hit sets the entry's mtime to now
//! (one `utimensat` that never follows a symlink), and eviction deletes the
//! entries with the oldest mtimes. The directory's total is kept in a tally
//! file beside the entries ([`TALLY`]), so that a process learns it without
//! a scan (a scan of 50,000 entries took 0.2-0.3 s of a 0.75 s first
//! submit): each process adds the bytes it inserted, and the directory is
//! scanned only when the tally is missing, unreadable or a day old, and
//! each time inserts push the total over the bound. Eviction goes down to
//! [`LOW_WATER`] of the bound, so the next scan is many inserts away. The
//! tally is a hint, not a trust boundary: a wrong one only moves the next
//! scan, and this process's own inserts still reach the bound.
//!
//! Only regular files inside real directories are counted or deleted:
//! symlinks (to files or to folders) are left alone and never followed, so
//! nothing outside the directory is touched.

use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

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

/// The file in the directory's root that records its total: `<bytes>
/// <unix seconds of the scan it started from>`. Not an entry: never
/// counted or evicted.
pub(crate) const TALLY: &str = "tally";

/// A tally whose scan is older than this is not used: the directory is
/// scanned again, which corrects whatever concurrent updates lost.
const TALLY_MAX_AGE: Duration = Duration::from_secs(24 * 60 * 60);

/// Inserted bytes are added to the tally once this many are unrecorded
/// (and at the end of each compile), not at every insert.
const TALLY_EVERY_BYTES: u64 = 256 << 10;

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
    state: Mutex<Known>,
}

/// What this process believes the directory holds.
#[derive(Debug, Default)]
struct Known {
    /// `None` until its first insert read the tally or scanned.
    total: Option<u64>,
    /// Bytes inserted since the tally was last updated.
    unrecorded: u64,
}

impl DirBound {
    pub(crate) fn new(root: PathBuf, max_bytes: u64) -> DirBound {
        DirBound {
            root,
            max_bytes,
            state: Mutex::new(Known::default()),
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
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        // The first insert of this process: learn what the directory holds
        // (other processes may have filled it) from the tally, else from a
        // scan (which already counts this entry).
        let before = match state.total {
            Some(known) => Some(known),
            None => self.read_tally(),
        };
        let Some(before) = before else {
            state.total = Some(self.enforce());
            return;
        };
        let known = before.saturating_add(bytes);
        state.unrecorded = state.unrecorded.saturating_add(bytes);
        state.total = Some(if known > self.max_bytes {
            state.unrecorded = 0;
            self.enforce()
        } else {
            if state.unrecorded >= TALLY_EVERY_BYTES {
                self.add_to_tally(state.unrecorded);
                state.unrecorded = 0;
            }
            known
        });
    }

    /// The total the tally records, if it is there, readable and recent.
    fn read_tally(&self) -> Option<u64> {
        let (bytes, scanned) = read_tally_file(&self.root.join(TALLY))?;
        // A planted tally may name any time: `checked_add`, never a panic.
        let at = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(scanned))?;
        let age = SystemTime::now().duration_since(at).ok()?;
        (age <= TALLY_MAX_AGE).then_some(bytes)
    }

    /// Adds `bytes` to the tally as it is now (other processes add theirs
    /// too); nothing when there is none to add to.
    fn add_to_tally(&self, bytes: u64) {
        if let Some((total, scanned)) = read_tally_file(&self.root.join(TALLY)) {
            self.write_tally(total.saturating_add(bytes), scanned);
        }
    }

    /// Replaces the tally atomically; a failure only means a scan later.
    fn write_tally(&self, bytes: u64, scanned: u64) {
        let written = tempfile::NamedTempFile::new_in(&self.root).and_then(|mut file| {
            writeln!(file, "{bytes} {scanned}")?;
            file.persist(self.root.join(TALLY)).map_err(|e| e.error)?;
            Ok(())
        });
        if let Err(e) = written {
            tracing::debug!(root = %self.root.display(), "cannot write the cache tally: {e}");
        }
    }

    /// Scans the directory and, when it is over the bound, deletes entries
    /// oldest first down to the low-water mark. Returns what is left.
    fn enforce(&self) -> u64 {
        let scanned = unix_seconds_now();
        let total = self.evict_over_bound();
        self.write_tally(total, scanned);
        total
    }

    fn evict_over_bound(&self) -> u64 {
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

impl DirBound {
    /// Adds what this process inserted since the last update to the tally
    /// (at the end of a compile, and when the bound is dropped).
    pub(crate) fn record_inserts(&self) {
        if let Ok(mut state) = self.state.lock() {
            if state.unrecorded > 0 {
                self.add_to_tally(state.unrecorded);
                state.unrecorded = 0;
            }
        }
    }
}

impl Drop for DirBound {
    fn drop(&mut self) {
        self.record_inserts();
    }
}

/// Seconds since the Unix epoch (0 on a clock set before it): a tally's
/// scan time.
fn unix_seconds_now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The `(bytes, scanned)` of a tally file: a regular file (never through a
/// symlink) of one short line.
fn read_tally_file(path: &Path) -> Option<(u64, u64)> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nix::libc::O_NOFOLLOW | nix::libc::O_NONBLOCK)
        .open(path)
        .ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut text = String::new();
    file.take(64).read_to_string(&mut text).ok()?;
    let mut fields = text.split_ascii_whitespace();
    let bytes = fields.next()?.parse().ok()?;
    let scanned = fields.next()?.parse().ok()?;
    fields.next().is_none().then_some((bytes, scanned))
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
        } else if item.file_name() != TALLY {
            found.extend(file(&item));
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

    fn write_tally(root: &Path, text: &str) {
        std::fs::write(root.join(TALLY), text).unwrap();
    }

    #[test]
    fn a_later_process_takes_the_total_from_the_tally_instead_of_scanning() {
        let dir = tempfile::tempdir().unwrap();
        let a = put(dir.path(), "aa/a", 300, 100);
        let first = DirBound::new(dir.path().to_path_buf(), 1000);
        first.inserted(&a);
        drop(first);
        let tally = read_tally_file(&dir.path().join(TALLY)).unwrap();
        assert_eq!(tally.0, 300, "the scan's total; the insert was in it");
        // Entries the tally does not know of are not seen without a scan:
        // the next process trusts the tally, and adds its own inserts.
        put(dir.path(), "bb/unknown", 600, 50);
        let b = put(dir.path(), "cc/b", 200, 0);
        let second = DirBound::new(dir.path().to_path_buf(), 1000);
        second.inserted(&b);
        assert!(
            dir.path().join("bb/unknown").exists(),
            "no scan, no eviction"
        );
        drop(second);
        assert_eq!(read_tally_file(&dir.path().join(TALLY)).unwrap().0, 500);
        // A day-old tally is scanned past: 1100 bytes are over the bound,
        // the oldest entry goes, and the tally records what is left.
        write_tally(
            dir.path(),
            &format!("500 {}\n", unix_seconds_now() - 2 * 24 * 3600),
        );
        let third = DirBound::new(dir.path().to_path_buf(), 1000);
        third.inserted(&b);
        assert!(!dir.path().join("aa/a").exists());
        assert_eq!(read_tally_file(&dir.path().join(TALLY)).unwrap().0, 800);
        assert!(dir.path().join(TALLY).exists(), "the tally is not an entry");
    }

    #[test]
    fn a_bad_tally_means_a_scan() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(
            outside.path().join("t"),
            format!("0 {}\n", unix_seconds_now()),
        )
        .unwrap();
        for bad in [
            "",
            "12",
            "x 1",
            "1 2 3",
            "-5 10",
            "0 99999999999999",
            "0 18446744073709551615",
        ] {
            let dir = tempfile::tempdir().unwrap();
            let a = put(dir.path(), "aa/a", 2000, 100);
            write_tally(dir.path(), bad);
            let bound = DirBound::new(dir.path().to_path_buf(), 1000);
            bound.inserted(&a);
            assert!(!a.exists(), "{bad:?}: scanned and evicted");
        }
        // A tally that is a symlink is not read through.
        let dir = tempfile::tempdir().unwrap();
        let a = put(dir.path(), "aa/a", 2000, 100);
        std::os::unix::fs::symlink(outside.path().join("t"), dir.path().join(TALLY)).unwrap();
        DirBound::new(dir.path().to_path_buf(), 1000).inserted(&a);
        assert!(!a.exists(), "scanned and evicted");
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

        /// Any tally file reads as two numbers or as nothing, never a panic.
        #[test]
        fn any_tally_reads_or_is_refused(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..100)) {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(TALLY), &bytes).unwrap();
            if let Some((total, scanned)) = read_tally_file(&dir.path().join(TALLY)) {
                let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]).into_owned();
                let fields: Vec<u64> = text.split_ascii_whitespace().map(|f| f.parse().unwrap()).collect();
                proptest::prop_assert_eq!(fields, vec![total, scanned]);
            }
            // Whatever time it names, using it does not panic.
            let _ = DirBound::new(dir.path().to_path_buf(), 1000).read_tally();
        }

        #[test]
        fn numbers_with_units_scale(n in 0u64..1 << 30, unit in 0usize..4) {
            let (suffix, shift) = [("", 0), ("K", 10), ("M", 20), ("G", 30)][unit];
            proptest::prop_assert_eq!(parse_size(&format!("{n}{suffix}")), n.checked_mul(1 << shift));
        }
    }
}
