//! Cranelift's incremental compilation cache, kept on disk and sealed.
//!
//! A new submission in Go is a 2 MB module of which only the user's few
//! functions are new: the Go runtime and standard library compile to the
//! same code every time. With this store wasmtime asks Cranelift to look
//! each function up by a hash of its IR (and the target ISA) before
//! compiling it, so a new Go module recompiles only what changed.
//!
//! A cached function is native code the judge will execute, so entries
//! live in a [`SealedDir`] like compiled modules (`cache.rs`): one file per
//! function, authenticated under the directory's private key and bound to
//! its name, which is derived from Cranelift's key and the engine settings.
//! An entry that fails authentication is a miss (Cranelift compiles the
//! function and overwrites it), never executed, never fatal.
//!
//! The directory is bounded (`cache_bound.rs`): a hit marks its entry used,
//! and inserts past the bound evict the least recently used entries, which
//! are then simply compiled again when a module needs them.
//!
//! Why a module compiled before can still add entries: Cranelift's key is a
//! hash of the function's IR, and wasmtime compiles each function in a
//! reused `Context` whose `DataFlowGraph::clear` (cranelift-codegen 0.135)
//! leaves the previous function's `exception_tables` in place; those are
//! hashed too. So a function's key depends on which function its compile
//! thread did before (and on whether that one was a hit), which parallel
//! compilation makes vary from run to run: a few stale-keyed entries per
//! compile, harmless (a key still covers the whole IR) but never reused.

use std::borrow::Cow;

use sha2::{Digest, Sha256};
use wasmtime::CacheStore;

use crate::cache_bound::DirBound;
use crate::sealed::SealedDir;

/// The folder of entries inside the cache directory.
const FOLDER: &str = "functions";

/// Where compiled functions live, by Cranelift's key.
#[derive(Debug)]
pub(crate) struct FunctionCache {
    dir: SealedDir,
    /// Everything about the engine that changes compiled code, so a cache
    /// shared by differently configured engines never mixes their entries
    /// (Cranelift's key covers the function's IR and the target ISA).
    salt: String,
    /// Keeps `functions/` under its size bound.
    bound: DirBound,
}

impl FunctionCache {
    /// `max_bytes` bounds the entries' total size.
    pub(crate) fn new(dir: SealedDir, settings: &str, max_bytes: u64) -> FunctionCache {
        FunctionCache {
            bound: DirBound::new(dir.root().join(FOLDER), max_bytes),
            dir,
            salt: settings.to_string(),
        }
    }

    /// The entry of a key: 40 hex digits of SHA-256 over the salt and the
    /// key, under a two-digit fan-out folder (thousands of entries per Go
    /// runtime).
    fn name(&self, key: &[u8]) -> String {
        let mut hash = Sha256::new();
        hash.update((self.salt.len() as u64).to_le_bytes());
        hash.update(self.salt.as_bytes());
        hash.update(key);
        let hex = hex::encode(&hash.finalize()[..20]);
        format!("{FOLDER}/{}/{}", &hex[..2], &hex[2..])
    }
}

impl FunctionCache {
    /// Adds what was inserted since the last time to the directory's size
    /// tally (`cache_bound.rs`); a compile calls it when it is done.
    pub(crate) fn record_inserts(&self) {
        self.bound.record_inserts();
    }
}

impl CacheStore for FunctionCache {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        let name = self.name(key);
        let value = self.dir.read(&name)?;
        self.bound.touch(&self.dir.root().join(&name));
        Some(Cow::Owned(value))
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        let name = self.name(key);
        match self.dir.write(&name, &value) {
            Ok(()) => {
                self.bound.inserted(&self.dir.root().join(&name));
                true
            }
            Err(e) => {
                tracing::warn!("cannot write the compiled-function cache: {e}");
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_per_salt_and_forgeries_miss() {
        let dir = tempfile::tempdir().unwrap();
        let sealed = SealedDir::open(dir.path()).unwrap();
        let cache = FunctionCache::new(sealed.clone(), "settings A", 1 << 20);
        assert!(cache.get(b"key").is_none());
        assert!(cache.insert(b"key", b"code".to_vec()));
        assert_eq!(cache.get(b"key").as_deref(), Some(&b"code"[..]));
        // Another engine configuration never sees it.
        let other = FunctionCache::new(sealed, "settings B", 1 << 20);
        assert!(other.get(b"key").is_none());
        // A file written without the key (a forged entry) is a miss.
        let path = dir.path().join(cache.name(b"key"));
        std::fs::write(&path, b"JDGSEAL1 forged code").unwrap();
        assert!(cache.get(b"key").is_none());
        // Another entry's valid bytes moved under this name are a miss too.
        assert!(cache.insert(b"other", b"other code".to_vec()));
        std::fs::copy(dir.path().join(cache.name(b"other")), &path).unwrap();
        assert!(cache.get(b"key").is_none());
    }

    proptest::proptest! {
        /// Any key names an entry inside the cache's `functions/` folder.
        #[test]
        fn any_key_names_a_private_entry(key in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let dir = tempfile::tempdir().unwrap();
            let cache = FunctionCache::new(SealedDir::open(dir.path()).unwrap(), "s", 1 << 20);
            let name = cache.name(&key);
            proptest::prop_assert!(name.starts_with("functions/"));
            proptest::prop_assert!(!name.contains(".."));
            proptest::prop_assert_eq!(name.len(), "functions/".len() + 41);
        }
    }
}
