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

use std::borrow::Cow;

use sha2::{Digest, Sha256};
use wasmtime::CacheStore;

use crate::sealed::SealedDir;

/// Where compiled functions live, by Cranelift's key.
#[derive(Debug)]
pub(crate) struct FunctionCache {
    dir: SealedDir,
    /// Everything about the engine that changes compiled code, so a cache
    /// shared by differently configured engines never mixes their entries
    /// (Cranelift's key covers the function's IR and the target ISA).
    salt: String,
}

impl FunctionCache {
    pub(crate) fn new(dir: SealedDir, settings: &str) -> FunctionCache {
        FunctionCache {
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
        format!("functions/{}/{}", &hex[..2], &hex[2..])
    }
}

impl CacheStore for FunctionCache {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        self.dir.read(&self.name(key)).map(Cow::Owned)
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        match self.dir.write(&self.name(key), &value) {
            Ok(()) => true,
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
        let cache = FunctionCache::new(sealed.clone(), "settings A");
        assert!(cache.get(b"key").is_none());
        assert!(cache.insert(b"key", b"code".to_vec()));
        assert_eq!(cache.get(b"key").as_deref(), Some(&b"code"[..]));
        // Another engine configuration never sees it.
        let other = FunctionCache::new(sealed, "settings B");
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
            let cache = FunctionCache::new(SealedDir::open(dir.path()).unwrap(), "s");
            let name = cache.name(&key);
            proptest::prop_assert!(name.starts_with("functions/"));
            proptest::prop_assert!(!name.contains(".."));
            proptest::prop_assert_eq!(name.len(), "functions/".len() + 41);
        }
    }
}
