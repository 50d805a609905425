//! C and C++ through clang for wasm32-wasi: which clang is new enough
//! (LeetCode compiles C++ as C++20 and later, which needs clang and libc++
//! 19), the language standards and the wasi-libc extras LeetCode code
//! expects (long double in printf, `clock()`), gcc's leniency in C, and how
//! C++ exceptions compile.

use super::{find_on_path, missing, probe, DetectEnv, Toolchain, ToolchainError, ToolchainKind};
use crate::language::Language;
use std::path::Path;

/// Debian's wasi-libc (and the libc++ linked into it) lives here; clang
/// finds it by default for wasm32-wasi.
pub const WASI_LIBDIR: &str = "/usr/lib/wasm32-wasi";

/// The oldest clang whose C++20 support and libc++ LeetCode code needs.
pub const MIN_CLANG: u32 = 19;

/// Newest versioned binary names tried first (`clang-22` ... `clang-19`),
/// then the unversioned one.
const NEWEST_TRIED: u32 = 22;

/// Debian packages that provide clang 19 for wasm32-wasi.
pub const APT_PACKAGES: &[&str] = &[
    "clang-19",
    "lld-19",
    "wasi-libc",
    "libc++-19-dev-wasm32",
    "libc++abi-19-dev-wasm32",
    "libclang-rt-19-dev-wasm32",
];

/// `-std` and feature flags per language. C as GNU C17 (LeetCode compiles C
/// with gcc in a GNU mode; C23 would make `bool` a keyword and break
/// solutions that define it), where what gcc 11 only warns about stays a
/// warning (`C_FLAGS`). C++ as GNU C++23, a superset of LeetCode's
/// C++20, with `throw`/`try`/`catch` accepted but not unwound: Debian's
/// libc++abi for wasm32 has no unwinder and wasmtime does not run clang 19's
/// legacy exception instructions, so a `throw` calls the prelude's
/// `__cxa_throw`, which reports the exception and aborts (the test is `RE`).
/// The link wraps libc++'s `std::ios_base::sync_with_stdio` (ABI namespace
/// `__2`, Debian's) so the driver's stream runtime
/// (`driver/cpp_iostream.cpp.txt`) gives `cin` and `cout` buffers of their
/// own once synchronization is off; a libc++ with another ABI namespace
/// never references the wrapped name.
pub fn language_flags(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Cpp => &[
            "-std=gnu++23",
            "-fignore-exceptions",
            "-Iinclude",
            "-D_WASI_EMULATED_PROCESS_CLOCKS",
            "-Wl,--wrap=_ZNSt3__28ios_base15sync_with_stdioEb",
        ],
        _ => C_FLAGS,
    }
}

/// `-std=gnu17`, and as warnings, not errors, what clang 19 rejects in C99
/// and later but gcc 11 (LeetCode's C compiler, `-std=gnu11`) only warns
/// about: `return NULL;` from a `char` function, calling a function declared
/// further down, `static x = 3;`, `int *` assigned to `long *`, `return;` in
/// an `int` function.
const C_FLAGS: &[&str] = &[
    "-std=gnu17",
    "-D_WASI_EMULATED_PROCESS_CLOCKS",
    "-Wno-error=int-conversion",
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=implicit-int",
    "-Wno-error=incompatible-pointer-types",
    "-Wno-error=return-type",
    "-Wno-error=return-mismatch",
];

/// Libraries after the sources: libm, wasi-libc's long-double `printf`
/// (without it `%Lf` aborts) and its emulated process clocks (`clock()`,
/// `times()`), which read the sandbox's virtual clock.
pub fn link_args(kind: ToolchainKind) -> Vec<String> {
    let libs: &[&str] = match kind {
        ToolchainKind::Zig => &["-lm", "-lwasi-emulated-process-clocks"],
        _ => &[
            "-lm",
            "-lc-printscan-long-double",
            "-lwasi-emulated-process-clocks",
        ],
    };
    libs.iter().map(|s| s.to_string()).collect()
}

/// The major version in a `clang --version` line.
pub fn major_version(line: &str) -> Option<u32> {
    let after = &line[line.find("version ")? + "version ".len()..];
    after.split('.').next()?.trim().parse().ok()
}

pub fn detect(lang: Language, env: &DetectEnv) -> Result<Toolchain, ToolchainError> {
    let base = if lang == Language::Cpp {
        "clang++"
    } else {
        "clang"
    };
    let names = (MIN_CLANG..=NEWEST_TRIED)
        .rev()
        .map(|v| format!("{base}-{v}"))
        .chain(std::iter::once(base.to_string()));
    let mut too_old = None;
    let mut found = None;
    for clang in names.filter_map(|n| find_on_path(&n, env.path.as_ref())) {
        let version = probe(&clang, &["--version"], env)
            .and_then(|v| v.lines().next().map(str::to_string))
            .unwrap_or_default();
        match major_version(&version) {
            Some(major) if major >= MIN_CLANG => {
                found = Some((clang, version));
                break;
            }
            _ => too_old = Some(format!("{} is {version}", clang.display())),
        }
    }
    let Some((clang, version)) = found else {
        let need = format!("need `{base}-{MIN_CLANG}` or newer on PATH with wasi-libc");
        return Err(missing(
            lang,
            match too_old {
                Some(old) => format!("{need}; {old}"),
                None => need,
            },
        ));
    };
    let libdir = Path::new(WASI_LIBDIR);
    if !libdir.join("libc.a").is_file() {
        return Err(missing(
            lang,
            format!("wasi-libc not found in {WASI_LIBDIR}"),
        ));
    }
    if lang == Language::Cpp && !libdir.join("libc++.a").is_file() {
        return Err(missing(
            lang,
            format!("libc++ for wasm32 not found in {WASI_LIBDIR}"),
        ));
    }
    let real = std::fs::canonicalize(&clang).unwrap_or_else(|_| clang.clone());
    let real_dir = real.parent().map(Path::to_path_buf).unwrap_or_default();
    let has_linker =
        real_dir.join("wasm-ld").is_file() || find_on_path("wasm-ld", env.path.as_ref()).is_some();
    if !has_linker {
        return Err(missing(lang, "`wasm-ld` (lld) not found"));
    }
    let mut path_dirs = vec![real_dir];
    if let Some(dir) = clang.parent() {
        path_dirs.push(dir.to_path_buf());
    }
    Ok(Toolchain {
        lang,
        kind: ToolchainKind::Clang,
        program: clang,
        prefix_args: vec![],
        version: format!("{version}; wasi-libc {WASI_LIBDIR}"),
        env: vec![],
        path_dirs,
        link_args: link_args(ToolchainKind::Clang),
        library_dirs: vec![],
        stack_bytes: super::DEFAULT_STACK_BYTES,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clang_versions() {
        assert_eq!(
            major_version("Debian clang version 19.1.7 (3~deb12u1)"),
            Some(19)
        );
        assert_eq!(major_version("clang version 14.0.6"), Some(14));
        assert_eq!(major_version("zig"), None);
    }
}
