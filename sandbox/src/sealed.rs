//! Cache directories the judge can trust. A cached compiled module is
//! executed and a cached expected output decides verdicts, so a cache must
//! be private and every entry authenticated: the directory must belong to
//! the current user and not be writable by group or others, and each entry
//! carries a keyed BLAKE3 tag under a 32-byte key that lives in the
//! directory (created on first use, owner-only). The tag covers the entry's
//! name too, so an entry cannot be swapped for another. An entry that fails
//! is treated as absent: the caller recomputes it. (Keyed BLAKE3 rather
//! than HMAC-SHA256: checking the tags of a pack's cached tests was 4-6 %
//! of a cached re-judge; BLAKE3 is a MAC by design when keyed.)

use std::fs::{DirBuilder, File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::RngCore;

const MAGIC: &[u8; 8] = b"JDGSEAL2";
/// The magic of entries written by judges that tagged with HMAC-SHA256:
/// a miss like an absent entry (recomputed and replaced), not a forgery.
const OLDER_MAGIC: &[u8; 8] = b"JDGSEAL1";
const TAG_BYTES: usize = 32;
const KEY_FILE: &str = "key";

/// Why a cache directory is not used.
#[derive(Debug, thiserror::Error)]
pub enum CacheRefused {
    #[error("`{path}` is not a directory")]
    NotDirectory { path: PathBuf },
    #[error("`{path}` belongs to another user (uid {owner})")]
    NotOwned { path: PathBuf, owner: u32 },
    #[error("`{path}` is writable by group or others (mode {mode:03o})")]
    Writable { path: PathBuf, mode: u32 },
    #[error("the cache key `{path}` is not a 32-byte regular file of ours readable only by us")]
    BadKey { path: PathBuf },
    #[error("the cache key `{key}` lies inside the cache `{root}` it authenticates")]
    KeyInside { key: PathBuf, root: PathBuf },
    #[error("cannot use `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CacheRefused + '_ {
    move |source| CacheRefused::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Creates `dir` (owner-only) when missing, then checks that it is a
/// directory of the current user that group and others cannot write.
pub fn private_dir(dir: &Path) -> Result<(), CacheRefused> {
    if !dir.exists() {
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io(dir))?;
    }
    let meta = std::fs::metadata(dir).map_err(io(dir))?;
    let path = dir.to_path_buf();
    if !meta.is_dir() {
        return Err(CacheRefused::NotDirectory { path });
    }
    if meta.uid() != nix::unistd::geteuid().as_raw() {
        return Err(CacheRefused::NotOwned {
            path,
            owner: meta.uid(),
        });
    }
    if meta.mode() & 0o022 != 0 {
        return Err(CacheRefused::Writable {
            path,
            mode: meta.mode() & 0o777,
        });
    }
    Ok(())
}

/// A private cache directory and its key; entries are sealed with a MAC.
#[derive(Clone)]
pub struct SealedDir {
    root: PathBuf,
    key: Arc<[u8; 32]>,
}

impl std::fmt::Debug for SealedDir {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedDir")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

impl SealedDir {
    /// Opens (creating if needed) the cache directory `root` and its key.
    pub fn open(root: &Path) -> Result<SealedDir, CacheRefused> {
        private_dir(root)?;
        let key = load_or_create_key(&root.join(KEY_FILE))?;
        Ok(SealedDir {
            root: root.to_path_buf(),
            key: Arc::new(key),
        })
    }

    /// Opens (creating if needed) the cache directory `root` with its key
    /// in `key_file` instead of inside it, for a store that something less
    /// trusted may write (a CI cache restored from a pull request): whoever
    /// can plant entries in `root` still cannot tag them. `key_file` must
    /// not lie inside `root`, and its directory must be private too.
    pub fn open_with_key(root: &Path, key_file: &Path) -> Result<SealedDir, CacheRefused> {
        private_dir(root)?;
        let key_dir = key_file.parent().unwrap_or(Path::new("."));
        private_dir(key_dir)?;
        let (root_real, key_real) = (
            root.canonicalize().map_err(io(root))?,
            key_dir.canonicalize().map_err(io(key_dir))?,
        );
        if key_real.starts_with(&root_real) {
            return Err(CacheRefused::KeyInside {
                key: key_file.to_path_buf(),
                root: root.to_path_buf(),
            });
        }
        let key = load_or_create_key(key_file)?;
        Ok(SealedDir {
            root: root.to_path_buf(),
            key: Arc::new(key),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The payload of entry `name` (a relative path such as
    /// `expected/ab12.json`) if it exists and its tag verifies. A present
    /// entry that fails is logged and reported as absent.
    pub fn read(&self, name: &str) -> Option<Vec<u8>> {
        let path = self.root.join(name);
        let mut file = File::open(&path).ok()?;
        // The header apart from the payload, so the payload is read once
        // into its own buffer (entries are up to tens of MB).
        let mut header = [0u8; MAGIC.len() + TAG_BYTES];
        let read = file.read_exact(&mut header);
        let (magic, tag) = header.split_at(MAGIC.len());
        if read.is_ok() && magic == OLDER_MAGIC.as_slice() {
            tracing::debug!(path = %path.display(), "cache entry of an older layout; recomputing it");
            return None;
        }
        let payload = read.ok().and_then(|()| {
            // The size is a hint from a file we do not trust: reserving it
            // may fail (a sparse file claiming terabytes), which is a miss,
            // never an abort.
            let size = file.metadata().ok()?.len();
            let mut payload = Vec::new();
            payload
                .try_reserve_exact(usize::try_from(size).ok()?.saturating_sub(header.len()))
                .ok()?;
            file.read_to_end(&mut payload).ok()?;
            // `blake3::Hash`'s equality is constant-time.
            let expected = blake3::Hash::from_bytes(tag.try_into().ok()?);
            (magic == MAGIC.as_slice() && self.tag(name, &payload) == expected).then_some(payload)
        });
        if payload.is_none() {
            tracing::warn!(path = %path.display(), "cache entry failed authentication; recomputing it");
        }
        payload
    }

    /// Writes entry `name` atomically (readers never see half an entry).
    pub fn write(&self, name: &str, payload: &[u8]) -> std::io::Result<()> {
        let path = self.root.join(name);
        let dir = path.parent().unwrap_or(&self.root);
        DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        file.write_all(MAGIC)?;
        file.write_all(self.tag(name, payload).as_bytes())?;
        file.write_all(payload)?;
        file.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }

    fn tag(&self, name: &str, payload: &[u8]) -> blake3::Hash {
        let mut hasher = blake3::Hasher::new_keyed(&self.key);
        hasher.update(&(name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update(payload);
        hasher.finalize()
    }
}

/// Reads the key at `path`, or creates it: 32 random bytes in an
/// owner-only file, linked into place only if no other process got there
/// first (then theirs is used).
fn load_or_create_key(path: &Path) -> Result<[u8; 32], CacheRefused> {
    match read_key(path) {
        Err(CacheRefused::Io { source, .. }) if source.kind() == ErrorKind::NotFound => {}
        found => return found,
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut key = [0u8; 32];
    rand::rngs::OsRng
        .try_fill_bytes(&mut key)
        .map_err(|e| io(path)(std::io::Error::other(e)))?;
    // NamedTempFile creates its file with mode 0600.
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(io(path))?;
    file.write_all(&key).map_err(io(path))?;
    file.as_file().sync_all().map_err(io(path))?;
    match file.persist_noclobber(path) {
        Ok(_) => Ok(key),
        Err(e) if e.error.kind() == ErrorKind::AlreadyExists => read_key(path),
        Err(e) => Err(io(path)(e.error)),
    }
}

/// The key at `path`, if it is a regular file of ours, owner-only, 32 bytes.
fn read_key(path: &Path) -> Result<[u8; 32], CacheRefused> {
    let mut file: File = OpenOptions::new()
        .read(true)
        .custom_flags(nix::libc::O_NOFOLLOW | nix::libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(nix::libc::ELOOP) => CacheRefused::BadKey {
                path: path.to_path_buf(),
            },
            _ => io(path)(e),
        })?;
    let meta = file.metadata().map_err(io(path))?;
    let ours = meta.uid() == nix::unistd::geteuid().as_raw();
    if !meta.is_file() || !ours || meta.mode() & 0o077 != 0 || meta.len() != 32 {
        return Err(CacheRefused::BadKey {
            path: path.to_path_buf(),
        });
    }
    let mut key = [0u8; 32];
    file.read_exact(&mut key).map_err(io(path))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn entries_round_trip_and_tampering_or_swapping_fails() {
        let dir = tempfile::tempdir().unwrap();
        let cache = SealedDir::open(dir.path()).unwrap();
        cache.write("a/one", b"first").unwrap();
        cache.write("a/two", b"second").unwrap();
        assert_eq!(cache.read("a/one").as_deref(), Some(&b"first"[..]));
        // Same key after reopening.
        let again = SealedDir::open(dir.path()).unwrap();
        assert_eq!(again.read("a/two").as_deref(), Some(&b"second"[..]));
        // A valid entry under another name does not verify.
        std::fs::copy(dir.path().join("a/two"), dir.path().join("a/one")).unwrap();
        assert_eq!(cache.read("a/one"), None);
        let mut bytes = std::fs::read(dir.path().join("a/two")).unwrap();
        *bytes.last_mut().unwrap() ^= 1;
        std::fs::write(dir.path().join("a/two"), &bytes).unwrap();
        assert_eq!(cache.read("a/two"), None);
        std::fs::write(dir.path().join("a/two"), b"second").unwrap();
        assert_eq!(cache.read("a/two"), None);
        assert_eq!(cache.read("missing"), None);
        // An empty payload is just the header, and reads back.
        cache.write("a/empty", b"").unwrap();
        assert_eq!(cache.read("a/empty").as_deref(), Some(&b""[..]));
        // Shorter than the header: refused, whatever it starts with.
        std::fs::write(dir.path().join("a/empty"), MAGIC).unwrap();
        assert_eq!(cache.read("a/empty"), None);
        let mode = std::fs::metadata(dir.path().join(KEY_FILE)).unwrap().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn an_entry_of_the_older_layout_is_a_miss_and_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let cache = SealedDir::open(dir.path()).unwrap();
        let mut older = OLDER_MAGIC.to_vec();
        older.extend_from_slice(&[0u8; TAG_BYTES]);
        older.extend_from_slice(b"payload");
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/old"), &older).unwrap();
        assert_eq!(cache.read("a/old"), None);
        cache.write("a/old", b"payload").unwrap();
        assert_eq!(cache.read("a/old").as_deref(), Some(&b"payload"[..]));
        // The tag is the keyed hash: another key does not verify it.
        let other = SealedDir {
            root: dir.path().to_path_buf(),
            key: Arc::new([9u8; 32]),
        };
        assert_eq!(other.read("a/old"), None);
    }

    #[test]
    fn a_key_kept_elsewhere_authenticates_and_planted_keys_do_not() {
        let base = tempfile::tempdir().unwrap();
        let (root, key) = (base.path().join("store"), base.path().join("state/key"));
        let store = SealedDir::open_with_key(&root, &key).unwrap();
        store.write("e/one", b"answer").unwrap();
        assert_eq!(store.read("e/one").as_deref(), Some(&b"answer"[..]));
        assert!(!root.join(KEY_FILE).exists(), "no key inside the store");
        // Whoever writes the store plants a key and an entry tagged with it:
        // the store's own key does not verify it.
        let planted = SealedDir::open(&root).unwrap();
        planted.write("e/one", b"forged").unwrap();
        let again = SealedDir::open_with_key(&root, &key).unwrap();
        assert_eq!(again.read("e/one"), None);
        // A key inside the store is refused, and so is a loose key directory.
        assert!(matches!(
            SealedDir::open_with_key(&root, &root.join("sub/key")),
            Err(CacheRefused::KeyInside { .. })
        ));
        std::fs::set_permissions(
            base.path().join("state"),
            std::fs::Permissions::from_mode(0o777),
        )
        .unwrap();
        assert!(matches!(
            SealedDir::open_with_key(&root, &key),
            Err(CacheRefused::Writable { .. })
        ));
    }

    #[test]
    fn loose_directories_and_keys_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(matches!(
            SealedDir::open(dir.path()),
            Err(CacheRefused::Writable { .. })
        ));
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let key = dir.path().join(KEY_FILE);
        std::fs::write(&key, [7u8; 32]).unwrap();
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            SealedDir::open(dir.path()),
            Err(CacheRefused::BadKey { .. })
        ));
        std::fs::remove_file(&key).unwrap();
        std::os::unix::fs::symlink("/dev/zero", &key).unwrap();
        assert!(matches!(
            SealedDir::open(dir.path()),
            Err(CacheRefused::BadKey { .. })
        ));
    }
}
