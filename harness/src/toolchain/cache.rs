//! The on-disk cache of compiled modules, keyed by a hash of everything
//! that determines the output (language, toolchain version, flags, every
//! source file, the caller's salt such as the wasmtime version), so a
//! re-judge skips compiling. Entries live in a [`SealedDir`] (private,
//! MAC-authenticated), since a cached module is executed: a damaged or
//! forged entry is simply recompiled.

use super::{compile, CompileFailure, CompileLimits, Toolchain};
use crate::driver::SourceTree;
use sandbox::SealedDir;
use sha2::{Digest, Sha256};

/// Versions the key derivation.
const MAGIC: &[u8] = b"judge-wasm-cache-v2\n";

/// The cache key for compiling `tree` with `tc`.
pub fn cache_key(tc: &Toolchain, tree: &SourceTree, salt: &str) -> String {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(MAGIC);
    field(tc.lang.name().as_bytes());
    field(tc.version.as_bytes());
    field(tc.program.as_os_str().as_encoded_bytes());
    for flag in tc.flags() {
        field(flag.as_bytes());
    }
    field(tree.entry.as_bytes());
    let mut files: Vec<_> = tree.files.iter().collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    for f in files {
        field(f.name.as_bytes());
        field(&f.contents);
    }
    field(salt.as_bytes());
    hex::encode(h.finalize())
}

/// `compile`, through the sealed cache `cache` (none: always compile):
/// returns the module and whether it came from the cache. An entry that
/// fails authentication is recompiled. Failing to write the cache is logged,
/// not an error; failed compiles are not cached.
pub fn compile_cached(
    cache: Option<&SealedDir>,
    tc: &Toolchain,
    tree: &SourceTree,
    limits: &CompileLimits,
    salt: &str,
) -> Result<(Vec<u8>, bool), CompileFailure> {
    let key = cache_key(tc, tree, salt);
    let name = format!("compiled/{key}.wasm");
    if let Some(wasm) = cache
        .and_then(|c| c.read(&name))
        .filter(|w| w.starts_with(b"\0asm"))
    {
        tracing::debug!(%key, "compile cache hit");
        return Ok((wasm, true));
    }
    let wasm = compile(tc, tree, limits)?;
    if let Some(Err(e)) = cache.map(|c| c.write(&name, &wasm)) {
        tracing::warn!(error = %e, "cannot write the compile cache");
    }
    Ok((wasm, false))
}
