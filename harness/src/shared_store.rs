//! The shared store: what a judge derives from a pack and the machine
//! alone (generated tests with the reference's expected outputs, detected
//! toolchains) is the same whatever `--cache-dir`, so it is kept once per
//! user, like Go's build cache and Cranelift's function cache, and a first
//! submit into a fresh cache directory runs no reference.
//!
//! Its entries decide verdicts and name the compiler that runs, so they are
//! sealed, and under a key kept *outside* the store (in the user's state
//! directory): a CI cache restored from a pull request may carry the store
//! but never the key, so whatever it planted fails authentication and is
//! recomputed. Entry names cover the judge build, so a rebuilt judge (whose
//! generator or wire format may differ) never reads an older one's tests.

use std::path::PathBuf;

use sandbox::SealedDir;
use sha2::{Digest, Sha256};

/// Where the shared store and its key live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreLocation {
    /// The entries: `$JUDGE_SHARED_CACHE`, else
    /// `$XDG_CACHE_HOME/judge/shared`, else `~/.cache/judge/shared`.
    pub dir: PathBuf,
    /// The key: `$JUDGE_SHARED_KEY`, else
    /// `$XDG_STATE_HOME/judge/shared.key`, else
    /// `~/.local/state/judge/shared.key`.
    pub key: PathBuf,
}

impl StoreLocation {
    /// The location the environment names, if it names one (no home, no
    /// store).
    pub fn from_env() -> Option<StoreLocation> {
        let dir = crate::judge::shared_cache("JUDGE_SHARED_CACHE", "shared")?;
        let key = env_path("JUDGE_SHARED_KEY")
            .or_else(|| env_path("XDG_STATE_HOME").map(|d| d.join("judge").join("shared.key")))
            .or_else(|| {
                env_path("HOME").map(|d| d.join(".local/state/judge").join("shared.key"))
            })?;
        Some(StoreLocation { dir, key })
    }

    /// Opens the store, or `None` (with a warning) when it or its key
    /// cannot be trusted: the judge then works without it.
    pub fn open(&self) -> Option<SealedDir> {
        SealedDir::open_with_key(&self.dir, &self.key)
            .map_err(|e| tracing::warn!("not using the shared store: {e}"))
            .ok()
    }
}

/// A non-empty environment variable as a path.
fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The shared store's name for an entry a cache directory calls `name`
/// (`expected/ab12.calls`): the same folder and extension, a name bound to
/// this judge build as well. A folder or extension that is not a plain
/// word is left out, so every name stays inside the store.
pub fn entry_name(name: &str) -> String {
    let plain = |s: &&str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    let (folder, leaf) = name.rsplit_once('/').unwrap_or(("", name));
    let mut h = Sha256::new();
    for field in [crate::file_identity::judge_build(), name] {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    let mut out = Some(folder)
        .filter(plain)
        .map_or_else(String::new, |f| format!("{f}/"));
    out.push_str(&hex::encode(&h.finalize()[..16]));
    if let Some(extension) = leaf.rsplit_once('.').map(|(_, e)| e).filter(plain) {
        out.push('.');
        out.push_str(extension);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_the_folder_and_extension_and_differ_from_the_cache_dirs() {
        let name = entry_name("expected/ab12.calls");
        assert!(name.starts_with("expected/") && name.ends_with(".calls"));
        assert_ne!(name, "expected/ab12.calls");
        assert_ne!(name, entry_name("expected/ab13.calls"));
        assert_eq!(name, entry_name("expected/ab12.calls"));
        assert!(!entry_name("plain").contains('/'));
    }

    proptest::proptest! {
        /// Any name stays inside the store: no `..`, at most one folder.
        #[test]
        fn any_name_stays_inside(name in "[a-z./]{0,40}") {
            let shared = entry_name(&name);
            proptest::prop_assert!(!shared.starts_with('/'));
            proptest::prop_assert!(!shared.split('/').any(|part| part == ".." || part == "."));
        }
    }
}
