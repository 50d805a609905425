//! The on-disk cache of compiled modules, keyed by a hash of everything
//! that determines the output (language, toolchain version, flags, every
//! source file, the caller's salt such as the wasmtime version), so a
//! re-judge skips compiling. Entries are written atomically and checked on
//! read; a damaged entry is simply recompiled.

use super::{compile, CompileFailure, CompileLimits, Toolchain};
use crate::driver::SourceTree;
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"judge-wasm-cache-v1\n";

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

fn entry_path(cache_dir: &Path, key: &str) -> PathBuf {
    cache_dir.join(format!("{key}.wasm-entry"))
}

/// A cached module, if the entry is present and intact.
fn read_entry(path: &Path) -> Option<Vec<u8>> {
    let data = std::fs::read(path).ok()?;
    let rest = data.strip_prefix(MAGIC)?;
    if rest.len() < 40 {
        return None;
    }
    let (digest, rest) = rest.split_at(32);
    let (len, wasm) = rest.split_at(8);
    let len = u64::from_le_bytes(len.try_into().ok()?);
    if len != wasm.len() as u64 || !wasm.starts_with(b"\0asm") {
        return None;
    }
    if Sha256::digest(wasm).as_slice() != digest {
        return None;
    }
    Some(wasm.to_vec())
}

fn write_entry(cache_dir: &Path, path: &Path, wasm: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(cache_dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(cache_dir)?;
    tmp.write_all(MAGIC)?;
    tmp.write_all(&Sha256::digest(wasm))?;
    tmp.write_all(&(wasm.len() as u64).to_le_bytes())?;
    tmp.write_all(wasm)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// `compile`, through the cache in `cache_dir`: returns the module and
/// whether it came from the cache. Failing to write the cache is logged,
/// not an error; failed compiles are not cached.
pub fn compile_cached(
    cache_dir: &Path,
    tc: &Toolchain,
    tree: &SourceTree,
    limits: &CompileLimits,
    salt: &str,
) -> Result<(Vec<u8>, bool), CompileFailure> {
    let key = cache_key(tc, tree, salt);
    let path = entry_path(cache_dir, &key);
    if let Some(wasm) = read_entry(&path) {
        tracing::debug!(%key, "compile cache hit");
        return Ok((wasm, true));
    }
    if path.exists() {
        tracing::warn!(path = %path.display(), "damaged compile cache entry; recompiling");
    }
    let wasm = compile(tc, tree, limits)?;
    if let Err(e) = write_entry(cache_dir, &path, &wasm) {
        tracing::warn!(error = %e, dir = %cache_dir.display(), "cannot write the compile cache");
    }
    Ok((wasm, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_damage_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.wasm-entry");
        let wasm = b"\0asm\x01\0\0\0rest".to_vec();
        write_entry(dir.path(), &path, &wasm).unwrap();
        assert_eq!(read_entry(&path), Some(wasm.clone()));
        let mut data = std::fs::read(&path).unwrap();
        let last = data.len() - 1;
        data[last] ^= 1;
        std::fs::write(&path, &data).unwrap();
        assert_eq!(read_entry(&path), None);
        std::fs::write(&path, &data[..data.len() - 2]).unwrap();
        assert_eq!(read_entry(&path), None);
        std::fs::write(&path, b"garbage").unwrap();
        assert_eq!(read_entry(&path), None);
    }
}
