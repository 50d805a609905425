//! On-disk cache of compiled modules, so a second process skips compiling.
//!
//! `Module::deserialize` trusts its input (it is native code), so entries
//! live in a [`SealedDir`]: a private directory whose entries carry a keyed
//! MAC. An entry that fails authentication, or that wasmtime refuses, is
//! recompiled and overwritten, never executed and never fatal. Entries are
//! keyed by the module's content hash plus the wasmtime version and every
//! engine setting that changes compiled code.

use std::hash::{Hash, Hasher};
use std::path::Path;

use sha2::{Digest, Sha256};
use wasmtime::{Engine, Module};

use crate::sealed::SealedDir;

pub struct DiskCache {
    dir: SealedDir,
    engine: Engine,
    salt: String,
}

impl DiskCache {
    /// The cache in `dir`, or `None` (with a warning) when the directory
    /// cannot be trusted.
    pub fn open(dir: &Path, engine: &Engine, settings: &str) -> Option<DiskCache> {
        let dir = match SealedDir::open(dir) {
            Ok(dir) => dir,
            Err(e) => {
                tracing::warn!("not using the compiled-module cache: {e}");
                return None;
            }
        };
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        Some(DiskCache {
            dir,
            engine: engine.clone(),
            salt: format!("{settings} engine={:016x}", hasher.finish()),
        })
    }

    fn name(&self, hash: &[u8; 32]) -> String {
        let mut key = Sha256::new();
        key.update(self.salt.as_bytes());
        key.update(hash);
        format!("modules/{}.cwasm", hex::encode(&key.finalize()[..20]))
    }

    pub fn load(&self, hash: &[u8; 32]) -> Option<Module> {
        let payload = self.dir.read(&self.name(hash))?;
        // SAFETY: the payload's MAC verified under this cache's private key,
        // bound to this entry's name (which covers the wasmtime version, the
        // engine settings and the module's hash), so it is exactly what
        // `store` below wrote from `Module::serialize` of this engine
        // configuration. wasmtime additionally checks its own header for
        // version and configuration compatibility and errors otherwise.
        #[allow(unsafe_code)]
        let module = unsafe { Module::deserialize(&self.engine, &payload) };
        if let Err(e) = &module {
            tracing::warn!("ignoring a compiled-module cache entry wasmtime refused: {e:#}");
        }
        module.ok()
    }

    pub fn store(&self, hash: &[u8; 32], module: &Module) {
        let written = module
            .serialize()
            .map_err(|e| std::io::Error::other(format!("{e:#}")))
            .and_then(|payload| self.dir.write(&self.name(hash), &payload));
        if let Err(e) = written {
            tracing::warn!("cannot write the compiled-module cache: {e}");
        }
    }
}
