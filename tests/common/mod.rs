//! What the practice tests share: running the built `judge` binary with a
//! private cache and a private practice record (never the user's), and
//! snapshots with durations and temp paths redacted.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("judge/ has a parent")
        .to_path_buf()
}

/// A run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr in one text, for snapshots.
    pub fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// The `judge` binary with a test environment: no colour, no log filter
/// or cache directory from the caller, and the caches every `--cache-dir`
/// shares (Cranelift's functions, the shared store and its key) in the
/// tests' own directory under `target/`, never the user's: kept between
/// test runs, so a Go module is not compiled from nothing in every test,
/// but a stale or foreign entry in the user's cache cannot reach a snapshot.
pub fn judge_binary() -> Command {
    let caches = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-caches");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_judge"));
    cmd.env("NO_COLOR", "1")
        .env("JUDGE_FUNCTION_CACHE", caches.join("functions"))
        .env("JUDGE_SHARED_CACHE", caches.join("shared"))
        .env("JUDGE_SHARED_KEY", caches.join("state/shared.key"))
        .env_remove("RUST_LOG")
        .env_remove("JUDGE_CACHE_DIR");
    cmd
}

/// A private place for a test's cache and practice record.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn cache(&self) -> PathBuf {
        self.dir.path().join("cache")
    }

    pub fn progress(&self) -> PathBuf {
        self.dir.path().join("progress.json")
    }

    /// The `judge` command in `cwd`, with this home's cache and record.
    pub fn command(&self, cwd: &Path, args: &[&str]) -> Command {
        let mut cmd = judge_binary();
        cmd.current_dir(cwd)
            .arg("--cache-dir")
            .arg(self.cache())
            .args(args)
            .env("JUDGE_PROGRESS", self.progress());
        cmd
    }

    /// Runs `judge` in `cwd` and waits for it.
    pub fn judge_in(&self, cwd: &Path, args: &[&str]) -> Run {
        finish(
            self.command(cwd, args)
                .output()
                .expect("the judge binary runs"),
        )
    }

    /// Runs `judge` from the repository root.
    pub fn judge(&self, args: &[&str]) -> Run {
        self.judge_in(&repo(), args)
    }
}

pub fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Snapshot redactions of a report's fuel and memory columns: exact, but
/// they move whenever a driver changes.
pub const FUEL_AND_MEMORY: [(&str, &str); 2] = [
    (
        r"\s+\d+(\.\d+)?[KMG]? fuel \(\d+(\.\d+)?[KMG]? all\)\s+\d+(\.\d+)? (B|KiB|MiB|GiB)",
        "  [fuel] fuel  [memory]",
    ),
    (
        r"\s+\d+(\.\d+)?[KMG]? fuel\s+\d+(\.\d+)? (B|KiB|MiB|GiB)",
        "  [fuel] fuel  [memory]",
    ),
];

/// Snapshot redactions of compile durations and temp paths.
pub const TIME_AND_PATHS: [(&str, &str); 2] = [
    (r"compiled in \d+\.\d+ s", "compiled in [duration]"),
    (r"/tmp/[^\s:`'\)]+", "[tmp]"),
];

/// Snapshot `text` with durations and temp paths redacted.
#[macro_export]
macro_rules! snapshot {
    ($name:expr, $text:expr) => {
        $crate::snapshot_with!($name, $text, $crate::common::TIME_AND_PATHS)
    };
}

/// Snapshot `text` with durations, temp paths and fuel and memory figures
/// redacted.
#[macro_export]
macro_rules! snapshot_measured {
    ($name:expr, $text:expr) => {
        $crate::snapshot_with!(
            $name,
            $text,
            $crate::common::TIME_AND_PATHS
                .into_iter()
                .chain($crate::common::FUEL_AND_MEMORY)
        )
    };
}

/// Snapshot `text` through `filters` (regex, replacement pairs).
#[macro_export]
macro_rules! snapshot_with {
    ($name:expr, $text:expr, $filters:expr) => {
        insta::with_settings!({
            filters => $filters,
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!($name, $text);
        });
    };
}
