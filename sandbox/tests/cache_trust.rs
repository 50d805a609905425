//! The compiled-module cache is native code that wasmtime executes without
//! checking, so it must be authenticated: an entry replaced by another
//! (self-consistent) entry, or planted in a directory others can write, is
//! never executed.

use std::os::unix::fs::PermissionsExt;

use sandbox::{CacheStatus, Limits, RunRequest, Sandbox, SandboxConfig};

/// A command module that prints `text`.
fn printer(text: &str) -> Vec<u8> {
    wat::parse_str(format!(
        r#"(module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          (data (i32.const 64) "{text}")
          (func (export "_start")
            (i32.store (i32.const 0) (i32.const 64))
            (i32.store (i32.const 4) (i32.const {len}))
            (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16)))))"#,
        len = text.len()
    ))
    .unwrap()
}

fn output(sandbox: &Sandbox, wasm: &[u8]) -> (CacheStatus, Vec<u8>) {
    let program = sandbox.load(wasm).unwrap();
    let out = program.run(&RunRequest {
        stdin: b"",
        seed: 1,
        limits: Limits::default(),
    });
    (program.cache_status(), out.stdout)
}

fn entries(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir.join("modules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "cwasm"))
        .collect()
}

#[test]
fn a_swapped_cache_entry_is_recompiled_not_executed() {
    let dir = tempfile::tempdir().unwrap();
    let config = SandboxConfig {
        cache_dir: Some(dir.path().to_path_buf()),
        ..SandboxConfig::default()
    };
    let (good, evil) = (printer("good"), printer("evil"));
    let first = Sandbox::new(config.clone()).unwrap();
    output(&first, &good);
    let good_entries = entries(dir.path());
    output(&first, &evil);
    drop(first);
    // Whoever can write the cache puts the other module's (intact) entry
    // under the good module's name.
    let evil_entry = entries(dir.path())
        .into_iter()
        .find(|p| !good_entries.contains(p))
        .unwrap();
    std::fs::copy(&evil_entry, &good_entries[0]).unwrap();

    let second = Sandbox::new(config).unwrap();
    let (status, stdout) = output(&second, &good);
    assert_eq!(stdout, b"good");
    assert_eq!(status, CacheStatus::Compiled);
}

#[test]
fn a_cache_in_a_directory_others_can_write_is_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let config = SandboxConfig {
        cache_dir: Some(dir.path().to_path_buf()),
        ..SandboxConfig::default()
    };
    let wasm = printer("good");
    output(&Sandbox::new(config.clone()).unwrap(), &wasm);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let (status, stdout) = output(&Sandbox::new(config).unwrap(), &wasm);
    assert_eq!(stdout, b"good");
    assert_eq!(
        status,
        CacheStatus::Compiled,
        "a world-writable cache was used"
    );
}
