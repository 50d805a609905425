//! Toolchain detection, cached by the identity of the binaries it ran.
//! Detecting spawns the compiler (`clang --version`, `go env`, `rustc
//! --print sysroot`) on every command; a cached detection costs a few
//! `stat`s instead. An entry is keyed by what detection reads from the
//! process (`PATH`, the data directory, the working directory and a hash
//! of the environment but the shell's bookkeeping such as `_`) and is
//! reused only while every binary it probed, the compiler it found and
//! the files it read keep their identity (path, size, mtime, inode): an
//! upgraded or reinstalled toolchain is detected afresh. Entries are
//! sealed (a cached toolchain's program is executed); failures are never
//! cached, so an install is seen at once.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use sandbox::SealedDir;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{detect_in, rust_crates, DetectEnv, Toolchain, ToolchainError};
use crate::file_identity;
use crate::language::Language;

/// Versions the key derivation and the entry format.
const MAGIC: &[u8] = b"judge-toolchain-cache-v1\n";

thread_local! {
    /// The binaries `probe` ran during this thread's current detection.
    static PROBED: RefCell<Vec<PathBuf>> = const { RefCell::new(Vec::new()) };
}

/// Notes that detection ran `program` (called by `probe`).
pub(super) fn note_probe(program: &Path) {
    PROBED.with(|p| p.borrow_mut().push(program.to_path_buf()));
}

/// A cached detection and the identities it depends on.
#[derive(Serialize, Deserialize)]
struct Entry {
    toolchain: Toolchain,
    /// Each file detection depended on, with its identity (`None`: absent).
    depends_on: Vec<(PathBuf, Option<String>)>,
}

impl Entry {
    fn still_valid(&self) -> bool {
        self.depends_on
            .iter()
            .all(|(path, identity)| file_identity::of(path) == *identity)
    }
}

/// [`detect_cached`] through the cache a [`crate::Judge`] with that
/// `cache_dir` uses (the shared store the environment names, else the
/// cache directory), for commands that check the toolchain before judging
/// (`run`, `watch`): the judge then finds the entry instead of probing a
/// second time (`go env` alone takes a second behind a shim).
pub fn detect_with_cache_dir(
    lang: Language,
    cache_dir: Option<&Path>,
) -> Result<Toolchain, ToolchainError> {
    let cache = crate::shared_store::StoreLocation::from_env()
        .and_then(|location| location.open())
        .or_else(|| cache_dir.and_then(|dir| SealedDir::open(dir).ok()));
    detect_cached(lang, &DetectEnv::from_process(), cache.as_ref())
}

/// `detect_in(lang, env)` through the cache `cache` (none: always detect).
pub fn detect_cached(
    lang: Language,
    env: &DetectEnv,
    cache: Option<&SealedDir>,
) -> Result<Toolchain, ToolchainError> {
    let Some(cache) = cache else {
        return detect_in(lang, env);
    };
    let name = entry_name(lang, env);
    let cached = cache
        .read(&name)
        .and_then(|bytes| serde_json::from_slice::<Entry>(&bytes).ok())
        .filter(Entry::still_valid);
    if let Some(entry) = cached {
        tracing::debug!(%lang, "toolchain detection cache hit");
        return Ok(entry.toolchain);
    }
    PROBED.with(|p| p.borrow_mut().clear());
    let toolchain = detect_in(lang, env)?;
    let mut files = PROBED.with(|p| std::mem::take(&mut *p.borrow_mut()));
    files.push(toolchain.program.clone());
    if lang == Language::Rust {
        files.push(rust_crates::index_path(env));
    }
    let entry = Entry {
        depends_on: files
            .into_iter()
            .map(|path| {
                let identity = file_identity::of(&path);
                (path, identity)
            })
            .collect(),
        toolchain,
    };
    let written = serde_json::to_vec(&entry)
        .map_err(std::io::Error::other)
        .and_then(|bytes| cache.write(&name, &bytes));
    if let Err(e) = written {
        tracing::warn!("cannot write the toolchain detection cache: {e}");
    }
    Ok(entry.toolchain)
}

/// The entry for detecting `lang` as `env` and this process describe it.
fn entry_name(lang: Language, env: &DetectEnv) -> String {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(MAGIC);
    field(file_identity::judge_build().as_bytes());
    field(lang.name().as_bytes());
    field(
        env.path
            .as_ref()
            .map_or(&b"\0no PATH"[..], |p| p.as_encoded_bytes()),
    );
    field(env.data_dir.as_os_str().as_encoded_bytes());
    let cwd = std::env::current_dir().unwrap_or_default();
    field(cwd.as_os_str().as_encoded_bytes());
    for (name, value) in keyed_vars(std::env::vars_os()) {
        field(name.as_encoded_bytes());
        field(value.as_encoded_bytes());
    }
    format!("toolchains/{}.json", hex::encode(h.finalize()))
}

/// Variables a shell sets about itself, not about any toolchain: `_` is the
/// path of the command being run, so keying on it made `perf record judge`
/// or `strace judge` miss the entry a plain `judge` wrote (the cwd is keyed
/// on its own).
const SHELL_BOOKKEEPING: [&str; 4] = ["_", "OLDPWD", "PWD", "SHLVL"];

/// The environment a detection entry is keyed on, sorted: a probe sees the
/// whole environment (`GOROOT`, `GOTOOLCHAIN`, `RUSTUP_TOOLCHAIN`, ...), so
/// any change is a miss, except the shell's bookkeeping.
fn keyed_vars(
    vars: impl Iterator<Item = (std::ffi::OsString, std::ffi::OsString)>,
) -> Vec<(std::ffi::OsString, std::ffi::OsString)> {
    let mut vars: Vec<_> = vars
        .filter(|(name, _)| !SHELL_BOOKKEEPING.iter().any(|b| name == *b))
        .collect();
    vars.sort();
    vars
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fake `zig` that answers `zig version` and counts its runs.
    fn fake_zig(dir: &Path, version: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let zig = dir.join("zig");
        let script = format!(
            "#!/bin/sh\necho run >> '{}'\necho {version}\n",
            dir.join("runs").display()
        );
        std::fs::write(&zig, script).unwrap();
        std::fs::set_permissions(&zig, std::fs::Permissions::from_mode(0o755)).unwrap();
        zig
    }

    fn runs(dir: &Path) -> usize {
        std::fs::read_to_string(dir.join("runs"))
            .map(|s| s.lines().count())
            .unwrap_or(0)
    }

    #[test]
    fn the_key_ignores_how_the_shell_launched_the_judge_but_not_toolchain_settings() {
        let vars = |extra: &[(&str, &str)]| {
            keyed_vars(
                [("PATH", "/usr/bin"), ("GOROOT", "/go")]
                    .iter()
                    .chain(extra)
                    .map(|(n, v)| (n.into(), v.into())),
            )
        };
        let plain = vars(&[("_", "/usr/bin/judge"), ("SHLVL", "1")]);
        let traced = vars(&[("_", "/usr/bin/strace"), ("SHLVL", "2"), ("OLDPWD", "/")]);
        assert_eq!(plain, traced);
        assert_eq!(plain, vars(&[]));
        assert_ne!(plain, vars(&[("GOTOOLCHAIN", "local")]));
        assert_ne!(
            vars(&[]),
            keyed_vars(
                [("PATH", "/usr/bin"), ("GOROOT", "/other")]
                    .iter()
                    .map(|(n, v)| (n.into(), v.into()))
            )
        );
    }

    #[test]
    fn a_cached_detection_runs_nothing_until_the_binary_changes() {
        let bin = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        let cache_dir = tempfile::tempdir().unwrap();
        let cache = SealedDir::open(cache_dir.path()).unwrap();
        let env = DetectEnv {
            path: Some(bin.path().as_os_str().to_owned()),
            data_dir: data.path().to_path_buf(),
        };
        fake_zig(bin.path(), "0.13.0");
        let first = detect_cached(Language::C, &env, Some(&cache)).unwrap();
        assert_eq!(first.version, "zig 0.13.0");
        assert_eq!(runs(bin.path()), 1);
        let again = detect_cached(Language::C, &env, Some(&cache)).unwrap();
        assert_eq!(again, first);
        assert_eq!(runs(bin.path()), 1, "a cache hit spawns nothing");

        // An upgraded binary (new size and mtime) is detected afresh.
        fake_zig(bin.path(), "0.14.0-dev");
        let upgraded = detect_cached(Language::C, &env, Some(&cache)).unwrap();
        assert_eq!(upgraded.version, "zig 0.14.0-dev");
        assert_eq!(runs(bin.path()), 2);

        // A damaged entry is a miss, not an error.
        for entry in std::fs::read_dir(cache_dir.path().join("toolchains")).unwrap() {
            std::fs::write(entry.unwrap().path(), b"JDGSEAL1 forged").unwrap();
        }
        let redetected = detect_cached(Language::C, &env, Some(&cache)).unwrap();
        assert_eq!(redetected, upgraded);
        assert_eq!(runs(bin.path()), 3);
    }
}
