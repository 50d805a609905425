//! The crates LeetCode's Rust environment offers (`rand`), prebuilt for
//! wasm32-wasip1: `judge toolchain install rust` builds them once from
//! crates.io in a small cargo project in the judge's data directory, and
//! every compile afterwards links them offline with `--extern`. `rand` gets
//! its entropy from WASI `random_get`, which the sandbox seeds per test.

use super::{DetectEnv, ToolchainError};
use crate::language::Language;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The crates offered, as `Cargo.toml` dependency lines. LeetCode's Rust
/// environment provides rand 0.8 (`gen_range(0..n)`; the 0.7 form
/// `gen_range(0, n)` does not compile there either).
const DEPENDENCIES: &[(&str, &str)] = &[("rand", "=0.8.5")];

/// The offered crates with versions, for `judge toolchain list`.
pub fn offered() -> String {
    let list: Vec<String> = DEPENDENCIES
        .iter()
        .map(|(name, version)| format!("{name} {}", version.trim_start_matches('=')))
        .collect();
    list.join(", ")
}

/// The index of the prebuilt crates (which detection reads).
pub fn index_path(env: &DetectEnv) -> PathBuf {
    project_dir(env).join(INDEX)
}

/// The offered crates as `[dependencies]` lines of a `Cargo.toml` (the
/// crates project here, the editor project of `judge init`).
pub fn dependency_lines() -> String {
    DEPENDENCIES
        .iter()
        .map(|(name, version)| format!("{name} = \"{version}\"\n"))
        .collect()
}

/// The cargo project's directory inside the data directory.
fn project_dir(env: &DetectEnv) -> PathBuf {
    env.data_dir.join("rust-crates")
}

/// Which rustc built the crates and where each crate's rlib is; rlibs only
/// link with the rustc that built them.
const INDEX: &str = "crates.txt";

/// What a compile needs to use the prebuilt crates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crates {
    /// `--extern name=path` and `-L dependency=dir`.
    pub args: Vec<String>,
    /// The directory holding the rlibs, which the compile must read.
    pub dir: PathBuf,
}

/// The prebuilt crates, when they were built by `rustc_version`.
pub fn load(env: &DetectEnv, rustc_version: &str) -> Option<Crates> {
    let index = std::fs::read_to_string(index_path(env)).ok()?;
    let mut lines = index.lines();
    if lines.next()? != rustc_version {
        tracing::debug!("prebuilt Rust crates were built by another rustc");
        return None;
    }
    let mut args = Vec::new();
    let mut dir = None;
    for line in lines {
        let (name, path) = line.split_once('=')?;
        let path = Path::new(path);
        if !path.is_file() {
            return None;
        }
        dir = path.parent().map(Path::to_path_buf);
        args.extend(["--extern".to_string(), format!("{name}={}", path.display())]);
    }
    let dir = dir?;
    args.extend(["-L".to_string(), format!("dependency={}", dir.display())]);
    Some(Crates { args, dir })
}

/// Builds the crates with `rustc` (the real binary, so the rlibs match it)
/// and writes the index.
pub fn install(env: &DetectEnv, rustc: &Path, rustc_version: &str) -> Result<(), ToolchainError> {
    let fail = |message: String| ToolchainError::InstallFailed {
        lang: Language::Rust,
        message,
    };
    let dir = project_dir(env);
    let io = |e: std::io::Error| fail(format!("cannot write {}: {e}", dir.display()));
    std::fs::create_dir_all(&dir).map_err(io)?;
    let deps = dependency_lines();
    let manifest = format!(
        "# Written by `judge toolchain install rust`: the crates LeetCode offers.\n[package]\nname = \"judge-crates\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\npath = \"lib.rs\"\n\n[dependencies]\n{deps}\n[workspace]\n"
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(io)?;
    std::fs::write(dir.join("lib.rs"), "// Only the dependencies matter.\n").map_err(io)?;
    let mut cmd = Command::new("cargo");
    cmd.current_dir(&dir)
        .args([
            "build",
            "--release",
            "--target",
            "wasm32-wasip1",
            "--message-format=json",
        ])
        .env("RUSTC", rustc)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS");
    if let Some(p) = &env.path {
        cmd.env("PATH", p);
    }
    let out = cmd
        .output()
        .map_err(|e| fail(format!("cannot run `cargo`: {e}")))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(fail(format!(
            "building the Rust crates failed:\n{}",
            tail.join("\n")
        )));
    }
    let mut index = format!("{rustc_version}\n");
    for (name, _) in DEPENDENCIES {
        let rlib = rlib_of(&String::from_utf8_lossy(&out.stdout), name)
            .ok_or_else(|| fail(format!("cargo built no rlib for `{name}`")))?;
        index.push_str(&format!("{name}={rlib}\n"));
    }
    std::fs::write(dir.join(INDEX), index).map_err(io)?;
    Ok(())
}

/// The `.rlib` cargo reports for crate `name` in its JSON messages.
fn rlib_of(messages: &str, name: &str) -> Option<String> {
    messages
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == name)
        .flat_map(|m| {
            m["filenames"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|f| f.as_str().map(str::to_string))
        })
        .find(|f| f.ends_with(".rlib"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rlibs_are_found_in_cargo_messages() {
        let messages = "{\"reason\":\"compiler-artifact\",\"target\":{\"name\":\"rand_core\"},\"filenames\":[\"/d/librand_core-1.rlib\"]}\n{\"reason\":\"compiler-artifact\",\"target\":{\"name\":\"rand\"},\"filenames\":[\"/d/librand-2.rmeta\",\"/d/librand-2.rlib\"]}\nnot json";
        assert_eq!(
            rlib_of(messages, "rand").as_deref(),
            Some("/d/librand-2.rlib")
        );
        assert_eq!(rlib_of(messages, "regex"), None);
    }

    #[test]
    fn crates_built_by_another_rustc_are_ignored() {
        let data = tempfile::tempdir().unwrap();
        let env = DetectEnv {
            path: None,
            data_dir: data.path().to_path_buf(),
        };
        let dir = project_dir(&env);
        std::fs::create_dir_all(&dir).unwrap();
        let rlib = dir.join("librand-x.rlib");
        std::fs::write(&rlib, "").unwrap();
        std::fs::write(
            dir.join(INDEX),
            format!("rustc 1.0\nrand={}\n", rlib.display()),
        )
        .unwrap();
        assert_eq!(load(&env, "rustc 2.0"), None);
        let crates = load(&env, "rustc 1.0").unwrap();
        assert_eq!(crates.dir, dir);
        assert_eq!(
            crates.args,
            [
                "--extern".to_string(),
                format!("rand={}", rlib.display()),
                "-L".into(),
                format!("dependency={}", dir.display()),
            ]
        );
    }
}
