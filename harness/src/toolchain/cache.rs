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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::SourceFile;
    use crate::language::Language;
    use crate::toolchain::{ToolchainKind, DEFAULT_STACK_BYTES};

    fn clang() -> Toolchain {
        Toolchain {
            lang: Language::C,
            kind: ToolchainKind::Clang,
            program: "/usr/bin/clang-19".into(),
            prefix_args: vec![],
            version: "clang 19".into(),
            env: vec![],
            path_dirs: vec![],
            link_args: vec![],
            library_dirs: vec![],
            stack_bytes: DEFAULT_STACK_BYTES,
        }
    }

    #[test]
    fn the_stack_size_is_part_of_the_key() {
        let tree = SourceTree {
            lang: Language::C,
            files: vec![SourceFile {
                name: "main.c".into(),
                contents: b"int main(void) { return 0; }".to_vec(),
            }],
            entry: "main.c".into(),
            user_file: "main.c".into(),
            user_display_name: "main.c".into(),
            generated_files: vec![],
            expected_api: String::new(),
        };
        let default = cache_key(&clang(), &tree, "salt");
        assert_eq!(default, cache_key(&clang(), &tree, "salt"));
        let big = cache_key(&clang().with_stack(64 << 20), &tree, "salt");
        assert_ne!(
            default, big,
            "the same source with another stack is another module"
        );
        assert_eq!(
            default,
            cache_key(&clang().with_stack(DEFAULT_STACK_BYTES), &tree, "salt")
        );
        assert!(clang()
            .with_stack(64 << 20)
            .flags()
            .contains(&"-Wl,-z,stack-size=67108864".to_string()));
    }
}
