//! Filesystem confinement of compiles: a solution that reads a host file at
//! compile time (`include_str!`, `#include`, `.incbin`) gets a compile error
//! that does not quote the file, while ordinary solutions in every language
//! still compile. Needs a kernel with Landlock; without it the leak checks
//! are skipped with a note on stderr (as are languages without a toolchain).

use harness::driver::generate;
use harness::language::Language;
use harness::signature::{parse_param, Method, Signature, Type};
use harness::toolchain::confine::{run, ConfineLimits, Confined};
use harness::toolchain::filesystem::FsAccess;
use harness::toolchain::{compile, detect, filesystem_confinement_available, CompileFailure};
use std::path::PathBuf;
use std::time::Duration;

mod common;

use common::compile_limits as limits;

const PASSWD_LINE: &str = "root:x:0:0";

fn sig() -> Signature {
    Signature::Function {
        function: Method {
            name: "f".into(),
            params: vec![parse_param("x: int").unwrap()],
            returns: Type::Int,
        },
        immutable_input: false,
    }
}

/// Compiles `src` as the user's file; `None` when the toolchain is missing.
fn build(lang: Language, file: &str, src: &str) -> Option<Result<Vec<u8>, CompileFailure>> {
    let tc = match detect(lang) {
        Ok(tc) => tc,
        Err(e) => {
            eprintln!("skipping {lang}: {e}");
            return None;
        }
    };
    let tree = generate(lang, &sig(), file, src).expect("driver generation");
    Some(compile(&tc, &tree, &limits()))
}

fn landlock() -> bool {
    let ok = filesystem_confinement_available();
    if !ok {
        eprintln!("skipping: this kernel has no Landlock, compiles are not confined");
    }
    ok
}

/// A file outside every allowed path (in the repository's target dir),
/// holding `marker`.
fn secret(name: &str, marker: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("confinement-secrets");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, format!("{marker}\n")).unwrap();
    path
}

/// The compile must fail as the user's fault and quote none of `leaks`.
fn assert_rejected_without(lang: Language, file: &str, src: &str, leaks: &[&str]) {
    let Some(result) = build(lang, file, src) else {
        return;
    };
    match result {
        Ok(_) => panic!("{lang}: a solution reading a host file compiled"),
        Err(e) => {
            assert!(e.is_user_error(), "{lang}: {e}");
            let msg = e.to_string();
            eprintln!("{lang}: {msg}");
            for leak in leaks {
                assert!(
                    !msg.contains(leak),
                    "{lang}: message leaks {leak:?}:\n{msg}"
                );
            }
        }
    }
}

#[test]
fn rust_include_str_of_a_host_file_is_a_compile_error() {
    if !landlock() {
        return;
    }
    let src = "const S: &str = include_str!(\"/etc/passwd\");\nimpl Solution {\n    pub fn f(x: i32) -> i32 {\n        println!(\"{}\", S);\n        x\n    }\n}\n";
    assert_rejected_without(Language::Rust, "sol.rs", src, &[PASSWD_LINE]);
    let marker = "hunter2-rust-secret-7f3a";
    let path = secret("rust.txt", marker);
    let src = format!(
        "const S: &[u8] = include_bytes!({:?});\nimpl Solution {{\n    pub fn f(x: i32) -> i32 {{\n        println!(\"{{:?}}\", S);\n        x\n    }}\n}}\n",
        path.display().to_string()
    );
    assert_rejected_without(Language::Rust, "sol.rs", &src, &[marker]);
}

#[test]
fn c_include_and_incbin_of_a_host_file_are_compile_errors() {
    if !landlock() {
        return;
    }
    let src = "#include \"/etc/passwd\"\nint f(int x) { return x; }\n";
    assert_rejected_without(Language::C, "sol.c", src, &[PASSWD_LINE]);
    let marker = "hunter2-c-secret-91bd";
    let path = secret("c.txt", marker);
    let src = format!(
        "__asm__(\".section .data.leak,\\\"\\\",@\\n.incbin \\\"{}\\\"\\n\");\nint f(int x) {{ return x; }}\n",
        path.display()
    );
    assert_rejected_without(Language::C, "sol.c", &src, &[marker]);
    let src =
        "#include \"/etc/passwd\"\nclass Solution {\npublic:\n    int f(int x) { return x; }\n};\n";
    assert_rejected_without(Language::Cpp, "sol.cpp", src, &[PASSWD_LINE]);
}

#[test]
fn ordinary_solutions_still_compile() {
    let cases = [
        (Language::C, "sol.c", "#include <math.h>\n#include <stdlib.h>\nint f(int x) { return (int)sqrt((double)x) + abs(x); }\n"),
        (
            Language::Cpp,
            "sol.cpp",
            "#include <unordered_map>\nclass Solution {\npublic:\n    int f(int x) { std::unordered_map<int,int> m; m[x] = x; vector<int> v{x, 1}; sort(v.begin(), v.end()); return m[x] + v[0]; }\n};\n",
        ),
        (
            Language::Rust,
            "sol.rs",
            "use std::collections::HashMap;\nimpl Solution {\n    pub fn f(x: i32) -> i32 {\n        let mut m = HashMap::new();\n        m.insert(x, x);\n        m[&x]\n    }\n}\n",
        ),
        (
            Language::Go,
            "sol.go",
            "import (\"sort\"; \"strings\")\nfunc f(x int) int {\n\ta := []int{x, 1}\n\tsort.Ints(a)\n\treturn a[0] + len(strings.Repeat(\"a\", 2))\n}\n",
        ),
    ];
    for (lang, file, src) in cases {
        let Some(result) = build(lang, file, src) else {
            continue;
        };
        match result {
            Ok(wasm) => assert!(wasm.starts_with(b"\0asm"), "{lang}"),
            Err(e) => panic!("{lang}: an ordinary solution failed to compile:\n{e}"),
        }
    }
}

fn confined(program: &str, args: &[&str], access: FsAccess) -> (bool, String) {
    let cmd = Confined {
        program: program.into(),
        args: args.iter().map(Into::into).collect(),
        env: vec![("PATH".into(), "/usr/bin:/bin".into())],
        cwd: "/".into(),
        filesystem: Some(access),
    };
    let limits = ConfineLimits {
        wall_time: Duration::from_secs(20),
        cpu_seconds: 10,
        address_space: None,
        file_size: 1 << 20,
        processes: None,
        output_bytes: 1 << 16,
        memory_budget: None,
    };
    let done = run(&cmd, &limits).expect("run");
    (
        done.status.success(),
        String::from_utf8_lossy(&done.output).into_owned(),
    )
}

#[test]
fn confined_commands_read_only_allowed_paths() {
    if !landlock() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let allowed = dir.path().join("ok.txt");
    std::fs::write(&allowed, "visible\n").unwrap();
    let marker = "hunter2-cat-secret-0c11";
    let hidden = secret("cat.txt", marker);
    let access = || FsAccess::system_and(vec![], vec![dir.path().to_path_buf()]);

    let (ok, out) = confined("/bin/cat", &[allowed.to_str().unwrap()], access());
    assert!(ok && out.contains("visible"), "{out}");
    for path in [hidden.to_str().unwrap(), "/etc/passwd", "/etc/hostname"] {
        let (ok, out) = confined("/bin/cat", &[path], access());
        assert!(!ok, "{path} was readable: {out}");
        assert!(!out.contains(marker) && !out.contains(PASSWD_LINE), "{out}");
    }
    // /proc is not a way around the rules: other processes' environments,
    // command lines and roots are unreadable.
    let mut sleeper = std::process::Command::new("/bin/sleep")
        .arg("30")
        .spawn()
        .unwrap();
    let pid = sleeper.id();
    for script in [
        "cat /proc/$PPID/environ".to_string(),
        "cat /proc/$PPID/cmdline".to_string(),
        "cat /proc/$PPID/root/etc/passwd".to_string(),
        format!("cat /proc/{pid}/environ"),
        format!("cat /proc/{pid}/root/etc/passwd"),
        "cat /proc/1/environ".to_string(),
    ] {
        let (ok, out) = confined("/bin/sh", &["-c", &script], access());
        assert!(!ok, "{script} worked: {out}");
        assert!(
            !out.contains(PASSWD_LINE) && !out.contains("PATH=") && !out.contains("confinement"),
            "{script}: {out}"
        );
    }
    let _ = sleeper.kill();
    let _ = sleeper.wait();
    // Writes outside the writable directory fail; inside they work.
    let outside = hidden.with_file_name("written.txt");
    let (ok, _) = confined(
        "/bin/sh",
        &["-c", &format!("echo x > {}", outside.display())],
        access(),
    );
    assert!(!ok && !outside.exists());
    let inside = dir.path().join("written.txt");
    let (ok, out) = confined(
        "/bin/sh",
        &[
            "-c",
            &format!("echo x > {} && echo y > /dev/null", inside.display()),
        ],
        access(),
    );
    assert!(ok && inside.exists(), "{out}");
}

#[test]
fn toolchain_dirs_are_install_dirs_not_homes() {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    for lang in [Language::C, Language::Cpp, Language::Rust, Language::Go] {
        let Ok(tc) = detect(lang) else {
            continue;
        };
        let dirs = harness::toolchain::toolchain_dirs(&tc);
        eprintln!("{lang}: {dirs:?}");
        for dir in &dirs {
            assert!(dir.is_absolute(), "{lang}: {dir:?}");
            if let Some(home) = &home {
                for broad in [".", ".cargo", ".local", ".rustup", ".pyenv"] {
                    assert_ne!(dir, &home.join(broad), "{lang}: {dirs:?}");
                }
            }
        }
        if lang == Language::Rust {
            let sysroot = tc.program.parent().and_then(|b| b.parent()).unwrap();
            assert!(dirs.iter().any(|d| d == sysroot), "{dirs:?}");
        }
    }
}
