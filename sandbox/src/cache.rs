//! On-disk cache of compiled modules, so a second process skips compiling.
//!
//! Entries are keyed by the module's content hash plus the wasmtime version
//! and every engine setting that changes compiled code. Each entry carries a
//! checksum of its payload; a corrupt, truncated or mismatched entry is
//! recompiled and overwritten, never trusted and never fatal. Writes go to a
//! temporary file that is renamed into place, so readers never see half an
//! entry.

use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use wasmtime::{Engine, Module};

const MAGIC: &[u8; 8] = b"JDGCWSM1";

pub struct DiskCache {
    dir: PathBuf,
    engine: Engine,
    salt: String,
}

impl DiskCache {
    pub fn new(dir: &Path, engine: &Engine, settings: &str) -> DiskCache {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        DiskCache {
            dir: dir.join("modules"),
            engine: engine.clone(),
            salt: format!("{settings} engine={:016x}", hasher.finish()),
        }
    }

    fn path(&self, hash: &[u8; 32]) -> PathBuf {
        let mut key = Sha256::new();
        key.update(self.salt.as_bytes());
        key.update(hash);
        self.dir
            .join(format!("{}.cwasm", hex::encode(&key.finalize()[..20])))
    }

    pub fn load(&self, hash: &[u8; 32]) -> Option<Module> {
        let path = self.path(hash);
        let bytes = std::fs::read(&path).ok()?;
        let payload = verified_payload(&bytes);
        let module = payload.and_then(|payload| {
            // SAFETY: the payload was written by `store` below from
            // `Module::serialize` of this same engine configuration (the key
            // includes wasmtime's version and the engine settings), and its
            // SHA-256 checksum matched, so it is not truncated or altered by
            // accident. wasmtime additionally checks its own header for
            // version and configuration compatibility and errors otherwise.
            #[allow(unsafe_code)]
            let module = unsafe { Module::deserialize(&self.engine, payload) };
            module.ok()
        });
        if module.is_none() {
            tracing::warn!(path = %path.display(), "ignoring a corrupt compiled-module cache entry");
        }
        module
    }

    pub fn store(&self, hash: &[u8; 32], module: &Module) {
        if let Err(e) = self.try_store(hash, module) {
            tracing::warn!("cannot write the compiled-module cache: {e}");
        }
    }

    fn try_store(&self, hash: &[u8; 32], module: &Module) -> std::io::Result<()> {
        let payload = module
            .serialize()
            .map_err(|e| std::io::Error::other(format!("{e:#}")))?;
        std::fs::create_dir_all(&self.dir)?;
        let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
        file.write_all(MAGIC)?;
        file.write_all(&Sha256::digest(&payload))?;
        file.write_all(&payload)?;
        file.as_file().sync_all().ok();
        file.persist(self.path(hash)).map_err(|e| e.error)?;
        Ok(())
    }
}

/// The payload of a cache entry whose header and checksum are intact.
fn verified_payload(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    if rest.len() < 32 {
        return None;
    }
    let (sum, payload) = rest.split_at(32);
    (Sha256::digest(payload).as_slice() == sum).then_some(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_checks_magic_and_checksum() {
        let payload = b"compiled code";
        let mut entry = MAGIC.to_vec();
        entry.extend_from_slice(&Sha256::digest(payload));
        entry.extend_from_slice(payload);
        assert_eq!(verified_payload(&entry), Some(&payload[..]));
        let mut flipped = entry.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(verified_payload(&flipped), None);
        assert_eq!(verified_payload(&entry[..20]), None);
        assert_eq!(verified_payload(b"garbage"), None);
    }
}
