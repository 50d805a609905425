//! A compile on a full disk is the judge's failure (`IE`, exit 3), never the
//! solution's `CE`: the judge's temporary directory is a tiny tmpfs,
//! mounted in a private user and mount namespace (`unshare`), so the test
//! needs no privileges beyond user namespaces and touches no real disk.

mod common;

use std::path::Path;
use std::process::Command;

/// `judge --cache-dir <cache> <args>` with its `TMPDIR` on a tmpfs of
/// `size` in a namespace of its own.
fn judge_with_small_tmp(cache: &Path, size: &str, args: &[&str]) -> common::Run {
    let judge = common::judge_binary();
    let mount_point = tempfile::tempdir().expect("temp dir");
    let mut cmd = Command::new("unshare");
    for (key, value) in judge.get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    cmd.current_dir(common::repo())
        .env("TMPDIR", mount_point.path())
        .args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg(r#"mount -t tmpfs -o "size=$1" tmpfs "$2" && shift 2 && exec "$@""#)
        .arg("sh")
        .arg(size)
        .arg(mount_point.path())
        .arg(judge.get_program())
        .arg("--cache-dir")
        .arg(cache)
        .args(args);
    common::finish(cmd.output().expect("unshare runs"))
}

#[test]
fn a_compile_on_a_full_disk_is_an_internal_error() {
    let home = common::Home::new();
    let run = judge_with_small_tmp(
        &home.cache(),
        "192k",
        &[
            "submit",
            "two-sum",
            "problems/two-sum/reference/reference.c",
        ],
    );
    let out = run.transcript();
    assert!(
        !out.contains("mount:") && !out.contains("unshare:"),
        "the namespace could not be set up: {out}"
    );
    assert_eq!(run.code, 3, "{out}");
    assert!(
        out.contains("the disk the compiler writes to is nearly full"),
        "{out}"
    );
    assert!(!out.contains("CE "), "{out}");

    // With room, the same source compiles and passes: nothing was cached
    // from the failed compile.
    let again = home.judge(&[
        "submit",
        "two-sum",
        "problems/two-sum/reference/reference.c",
    ]);
    assert_eq!(again.code, 0, "{}", again.transcript());
}
