//! Compiler output says things about the host that are none of the user's
//! business and no help to them: absolute paths of the toolchain and the
//! home directory (`/root/.rustup/...`, `/usr/lib/llvm-14/...`), crash
//! reports with stack dumps, backtraces, query stacks and the compiler's
//! full command line (environment included), and bug-report boilerplate.
//! This removes them, keeping the diagnostics themselves.

/// `text` without crash-report noise, and with host paths shortened to
/// their last component (`…/vector`). Lines in `keep_paths` are kept as is.
pub fn scrub(text: &str, keep_paths: impl Fn(&str) -> bool) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut in_dump = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if starts_dump(trimmed) {
            in_dump = true;
            continue;
        }
        if in_dump {
            if trimmed.starts_with("end of query stack") {
                in_dump = false;
                continue;
            }
            if !ends_dump(trimmed) {
                continue;
            }
            in_dump = false;
        }
        if is_noise(trimmed) {
            continue;
        }
        if trimmed.is_empty() && out.last().is_none_or(|l| l.trim().is_empty()) {
            continue;
        }
        out.push(if keep_paths(line) {
            line.to_string()
        } else {
            shorten_paths(line)
        });
    }
    out.join("\n").trim_end().to_string()
}

/// The first line of a block to drop up to the next diagnostic.
fn starts_dump(line: &str) -> bool {
    [
        "Stack dump:",
        "stack backtrace:",
        "query stack during panic:",
        "PLEASE submit a bug report",
        "PLEASE ATTACH",
        "Preprocessed source(s) and associated run script(s)",
    ]
    .iter()
    .any(|p| line.starts_with(p))
        || (line.starts_with("goroutine ") && line.ends_with("]:"))
}

/// A line that ends a dropped block: a new diagnostic.
fn ends_dump(line: &str) -> bool {
    line.starts_with("error") || line.starts_with("warning") || line.contains(": error: ")
}

/// Single lines that are noise wherever they appear.
fn is_noise(line: &str) -> bool {
    const PREFIXES: [&str; 11] = [
        "note: rustc ",
        "note: compiler flags:",
        "note: some of the compiler flags",
        "note: we would appreciate a",
        "help: you can increase rustc's stack size",
        "note: please make sure that you have updated",
        "note: please attach the file",
        "note: using internal features",
        "clang: note: diagnostic msg:",
        "clang++: note: diagnostic msg:",
        "note: run with `RUST_BACKTRACE=",
    ];
    PREFIXES.iter().any(|p| line.starts_with(p))
        || is_frame(line)
        // A linker's full command line, environment included.
        || line.contains("\"-flavor\"")
        || line.contains(" PATH=\"")
        || (line.starts_with("= note: ") && line.matches('"').count() > 20)
}

/// `#3 0x00007f...`, `  3: 0x55d...`, `0.\tProgram arguments: ...`,
/// glibc's `/path/lib.so(symbol+0x1c)[0x7f...]`.
fn is_frame(line: &str) -> bool {
    if line.ends_with(']') && line.contains(")[0x") {
        return true;
    }
    let rest = line.trim_start_matches('#');
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let rest = &rest[digits..];
    rest.starts_with(".\t")
        || rest.trim_start_matches(':').trim_start().starts_with("0x")
        || (rest.starts_with(' ') && rest.trim_start().starts_with("0x"))
}

/// Absolute paths in `line` shortened to `…/<last component>`. Rust's
/// virtual `/rustc/<hash>/...` paths are not the host's and stay.
fn shorten_paths(line: &str) -> String {
    let is_path_char = |c: char| c.is_alphanumeric() || "._-+~@/".contains(c);
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut previous: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        let at_boundary = previous.is_none_or(|p| p.is_whitespace() || "\"'`(<[=,:".contains(p));
        if c == '/' && at_boundary {
            let end = rest
                .find(|ch: char| !is_path_char(ch))
                .unwrap_or(rest.len());
            let token = &rest[..end];
            let parts: Vec<&str> = token.split('/').filter(|p| !p.is_empty()).collect();
            if parts.len() >= 2 && parts[0] != "rustc" && !token.contains("//") {
                out.push_str("…/");
                out.push_str(parts[parts.len() - 1]);
            } else {
                out.push_str(token);
            }
            previous = token.chars().last();
            rest = &rest[end..];
            continue;
        }
        out.push(c);
        previous = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clang_crash_reports_lose_dumps_and_paths() {
        let text = "x.cpp:3:1: error: oops\nPLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace, preprocessed source, and associated run script.\nStack dump:\n0.\tProgram arguments: /usr/lib/llvm-14/bin/clang -cc1 -triple wasm32 -isysroot /root/secret\n1.\t<eof> parser at end of file\n #0 0x00007f1 llvm::sys::PrintStackTrace(llvm::raw_ostream&, int) (/usr/lib/llvm-14/lib/libLLVM-14.so.1+0xe)\nclang: error: unable to execute command: Segmentation fault\nclang: note: diagnostic msg: /tmp/judge-build-1/x-abc.cpp";
        let out = scrub(text, |_| false);
        assert_eq!(
            out,
            "x.cpp:3:1: error: oops\nclang: error: unable to execute command: Segmentation fault"
        );
    }

    #[test]
    fn rustc_panics_and_linker_lines_lose_host_details() {
        let text = "error: linking with `rust-lld` failed: exit status: 1\n  |\n  = note: LC_ALL=\"C\" PATH=\"/root/.rustup/toolchains/x/bin:/usr/bin\" \"rust-lld\" \"-flavor\" \"wasm\"\n  = note: rust-lld: error: /root/.rustup/toolchains/stable/lib/rustlib/wasm32-wasip1/lib/libstd.rlib: bad\nthread 'rustc' panicked at /rustc/abc/compiler/x.rs:1:1:\nboom\nstack backtrace:\n   0:     0x7f00 - std::backtrace\n   1: main\nerror: the compiler unexpectedly panicked. this is a bug.\nnote: rustc 1.95.0 running on x86_64-unknown-linux-gnu\nquery stack during panic:\n#0 [typeck] type-checking `main`\nend of query stack";
        let out = scrub(text, |_| false);
        assert!(!out.contains("/root"), "{out}");
        assert!(!out.contains("-flavor"), "{out}");
        assert!(!out.contains("0x7f00"), "{out}");
        assert!(!out.contains("typeck"), "{out}");
        assert!(out.contains("…/libstd.rlib: bad"), "{out}");
        assert!(out.contains("/rustc/abc/compiler/x.rs:1:1"), "{out}");
        assert!(out.contains("the compiler unexpectedly panicked"), "{out}");
    }

    #[test]
    fn glibc_backtraces_are_dropped() {
        let text = "error: rustc interrupted by SIGSEGV, printing backtrace\n\n/root/.rustup/toolchains/x/lib/librustc_driver-1.so(+0x3b62e1c)[0x7f7135162e1c]\n/lib/x86_64-linux-gnu/libc.so.6(__libc_start_main+0x85)[0x7f7131445305]\n\nnote: we would appreciate a report at https://github.com/rust-lang/rust\nhelp: you can increase rustc's stack size by setting RUST_MIN_STACK=16777216";
        assert_eq!(
            scrub(text, |_| false),
            "error: rustc interrupted by SIGSEGV, printing backtrace"
        );
    }

    #[test]
    fn paths_shorten_only_at_token_starts() {
        assert_eq!(
            shorten_paths("In file included from /usr/include/c++/v1/vector:20:"),
            "In file included from …/vector:20:"
        );
        assert_eq!(
            shorten_paths("x = a/b/c; // see /x"),
            "x = a/b/c; // see /x"
        );
        assert_eq!(shorten_paths("\"/etc/hosts\""), "\"…/hosts\"");
    }
}
