//! What the harness's integration tests share, so each file does not write
//! it again: the bundled packs by id, pack fixtures, the one compile cache and Go build
//! cache a test run shares, and whether a language's toolchain is installed.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use harness::judge::JudgeOptions;
use harness::pack::{Pack, PackFiles};
use harness::toolchain::{detect, CompileLimits};
use harness::Language;

/// The compile cache every harness test that does not need a cold one
/// shares, across test binaries and runs: it is content-addressed (a
/// module is found by its source, language and toolchain), so a reference
/// compiled by one test is reused by the next.
pub fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-cache")
}

/// Default compile limits with the Go build cache every judge shares, so a
/// test run builds Go's standard library for wasip1 once, not once more
/// for the tests that call `compile` directly.
pub fn compile_limits() -> CompileLimits {
    JudgeOptions::new(cache_dir()).compile_limits
}

/// The pack fixture `name` under `tests/fixtures/packs`.
pub fn fixture_pack(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/packs")
        .join(name)
}

/// The pack in `dir`, loaded in full.
pub fn load_dir(dir: &Path) -> Pack {
    let files = PackFiles::from_dir(dir).unwrap();
    Pack::load(&files).unwrap_or_else(|e| panic!("{} does not load:\n{e}", dir.display()))
}

/// The bundled pack `id`, loaded in full.
pub fn bundled(id: &str) -> Pack {
    let files = PackFiles::bundled_folder(id).unwrap_or_else(|| panic!("no bundled pack {id}"));
    Pack::load(&files).unwrap_or_else(|e| panic!("{id} does not load:\n{e}"))
}

/// Whether every one of `languages` has a toolchain; says which is missing.
pub fn installed(languages: &[Language]) -> bool {
    languages.iter().all(|&l| match detect(l) {
        Ok(_) => true,
        Err(e) => {
            eprintln!("skipping {l}: {e}");
            false
        }
    })
}
