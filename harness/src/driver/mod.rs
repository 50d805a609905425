//! Generated drivers: from a problem's `Signature`, produce the source files
//! that, compiled together with the user's file, read the test's calls from
//! stdin, call the user's code and write results (docs/protocol.md). Nothing
//! here is written per problem; every driver comes from the signature.

mod c;
mod cpp;
mod cpp_prelude;
mod go;
mod go_yield;
mod long64;
mod rust;
mod scan;

use crate::language::Language;
use crate::signature::{Method, Param, Signature, Type};

pub use scan::strip_comments;

/// One file of a build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path relative to the build directory (`/`-separated).
    pub name: String,
    /// Bytes, not text: a C file with a Latin-1 comment is compiled as is.
    pub contents: Vec<u8>,
}

impl SourceFile {
    /// The contents as text, lossily (for messages and tests only).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.contents)
    }
}

/// Everything the compiler needs: the user's file (possibly rewritten, with
/// line numbers kept) and the generated files, plus what is needed to turn
/// compiler messages back into the user's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceTree {
    pub lang: Language,
    pub files: Vec<SourceFile>,
    /// The file handed to the compiler (Go builds the whole directory).
    pub entry: String,
    /// The user's file's name inside the tree.
    pub user_file: String,
    /// The user's file's name as the user knows it (shown in messages).
    pub user_display_name: String,
    /// Generated files; a compiler message pointing into one of them is
    /// explained with `expected_api`.
    pub generated_files: Vec<String>,
    /// How the driver calls the user's code, in the language's own terms.
    pub expected_api: String,
}

impl SourceTree {
    pub fn file(&self, name: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.name == name)
    }
}

/// Why no driver could be generated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DriverError {
    #[error("{lang} solutions cannot be offered for this problem: {reason}")]
    Unsupported { lang: Language, reason: String },
    #[error("a .wasm module is run as it is; there is no driver to generate")]
    WasmHasNoDriver,
    #[error("invalid signature: {0}")]
    InvalidSignature(String),
    #[error("{file}:{line}: not UTF-8 text (a {lang} source file must be UTF-8)")]
    NotUtf8 {
        file: String,
        line: usize,
        lang: Language,
    },
    #[error("{file}: the file is empty")]
    EmptyFile { file: String },
}

/// The files to compile for `user_source` (named `user_file_name`, a path or
/// a base name) against `signature` in `lang`. Go and Rust sources must be
/// UTF-8 (their compilers say so too); C and C++ bytes reach the compiler
/// as they are, decoded lossily only for scanning.
pub fn generate(
    lang: Language,
    signature: &Signature,
    user_file_name: &str,
    user_source: impl AsRef<[u8]>,
) -> Result<SourceTree, DriverError> {
    generate_as(lang, signature, user_file_name, user_source.as_ref(), false)
}

/// The files to compile for a `concurrent` problem: a driver that runs
/// threads of calls under the judge's scheduler (docs/concurrency.md). Go
/// only: the other languages' threads need a sandbox with shared memory.
pub fn generate_concurrent(
    lang: Language,
    signature: &Signature,
    user_file_name: &str,
    user_source: impl AsRef<[u8]>,
) -> Result<SourceTree, DriverError> {
    if lang != Language::Go {
        return Err(DriverError::Unsupported {
            lang,
            reason: crate::concurrent::GO_ONLY.into(),
        });
    }
    if !matches!(signature, Signature::Class { .. }) {
        return Err(DriverError::InvalidSignature(
            "a concurrent problem needs a class signature".into(),
        ));
    }
    generate_as(lang, signature, user_file_name, user_source.as_ref(), true)
}

fn generate_as(
    lang: Language,
    signature: &Signature,
    user_file_name: &str,
    bytes: &[u8],
    concurrent: bool,
) -> Result<SourceTree, DriverError> {
    validate(signature)?;
    let display = base_name(user_file_name);
    let utf8 = || {
        std::str::from_utf8(bytes).map_err(|e| DriverError::NotUtf8 {
            file: display.clone(),
            line: bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1,
            lang,
        })
    };
    let mut tree = match lang {
        Language::Go => go::generate(signature, &display, utf8()?, concurrent),
        Language::Rust => rust::generate(signature, &display, utf8()?),
        Language::C => c::generate(signature, &display, &String::from_utf8_lossy(bytes)),
        Language::Cpp => cpp::generate(signature, &display, &String::from_utf8_lossy(bytes)),
        Language::Wasm => Err(DriverError::WasmHasNoDriver),
    }?;
    if matches!(lang, Language::C | Language::Cpp) {
        // The drivers copy the (lossy) text they scanned; compile the bytes,
        // with LeetCode's 64-bit `long`.
        if let Some(user) = tree.files.iter_mut().find(|f| f.name == tree.user_file) {
            user.contents = long64::rewrite(bytes);
        }
    }
    // Compiled, an empty file only yields errors about the driver's
    // internals; say what is wrong instead.
    if strip_comments(&String::from_utf8_lossy(bytes), lang, false)
        .trim()
        .is_empty()
    {
        return Err(DriverError::EmptyFile { file: display });
    }
    Ok(tree)
}

/// The prelude an editor needs beside a solution, as the driver sees it:
/// LeetCode's implicit headers or imports, `ListNode` and `Solution` unless
/// the user's `source` defines them. `(file name, contents)`; `user_file` is
/// the solution's base name. `None` for `.wasm`.
pub fn editor_prelude(
    lang: Language,
    signature: &Signature,
    user_file: &str,
    source: &str,
) -> Option<(&'static str, String)> {
    let code = strip_comments(source, lang, true);
    match lang {
        Language::Go => Some(("judge_prelude.go", go::editor_prelude(signature, &code))),
        Language::Rust => Some((
            "judge_prelude.rs",
            rust::crate_root(signature, user_file, &code),
        )),
        Language::C => Some(("judge_prelude.h", c::preamble(signature, &code, false))),
        Language::Cpp => Some((
            "judge_prelude.h",
            cpp::preamble(signature, &code, &cpp_prelude::bits_stdcxx(), false),
        )),
        Language::Wasm => None,
    }
}

/// How a solution in `lang` must declare the signature's class or function,
/// as the generated driver calls it (for `judge show` and compile errors).
pub fn expected_api(lang: Language, signature: &Signature) -> Result<String, DriverError> {
    validate(signature)?;
    match lang {
        Language::Go => Ok(go::expected_api(signature)),
        Language::Rust => {
            rust::check_supported(signature)?;
            Ok(rust::expected_api(signature))
        }
        Language::C => Ok(c::expected_api(signature)),
        Language::Cpp => Ok(cpp::expected_api(signature)),
        Language::Wasm => Err(DriverError::WasmHasNoDriver),
    }
}

fn validate(signature: &Signature) -> Result<(), DriverError> {
    let methods: Vec<&Method> = match signature {
        Signature::Class { methods, .. } => methods.iter().collect(),
        Signature::Function { function, .. } => vec![function],
        Signature::Stdio => vec![],
    };
    let ident = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !s.starts_with(|c: char| c.is_ascii_digit())
    };
    let check_params = |params: &[Param]| -> Result<(), DriverError> {
        for p in params {
            if !ident(&p.name) || !p.ty.is_param_type() {
                return Err(DriverError::InvalidSignature(format!(
                    "bad parameter `{}: {}`",
                    p.name, p.ty
                )));
            }
        }
        Ok(())
    };
    if let Signature::Class {
        class, constructor, ..
    } = signature
    {
        if !ident(class) {
            return Err(DriverError::InvalidSignature(format!(
                "bad class name `{class}`"
            )));
        }
        check_params(constructor)?;
    }
    for m in methods {
        if !ident(&m.name) || !m.returns.is_return_type() {
            return Err(DriverError::InvalidSignature(format!(
                "bad method `{}` returning `{}`",
                m.name, m.returns
            )));
        }
        check_params(&m.params)?;
        let cycles = m.params.iter().filter(|p| p.ty == Type::CycleList).count();
        if m.returns == Type::NodeIndex && cycles == 0 {
            return Err(DriverError::InvalidSignature(format!(
                "`{}` returns NodeIndex but has no CycleList parameter",
                m.name
            )));
        }
    }
    Ok(())
}

/// The last path component of `name` (either separator).
fn base_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    if base.is_empty() {
        "solution".to_string()
    } else {
        base.to_string()
    }
}

/// A name safe to use inside the build directory and in `#include "..."`
/// or `include!("...")`: `display` when it already is, else `solution.<ext>`.
fn tree_name(display: &str, ext: &str, reserved: &[&str]) -> String {
    let safe = !display.starts_with(['.', '_', '-'])
        && display
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && display.ends_with(&format!(".{ext}"))
        && !reserved.contains(&display);
    if safe {
        display.to_string()
    } else {
        format!("solution.{ext}")
    }
}

/// The methods the driver dispatches on, with the constructor (returning
/// void) first for a class.
fn callables(signature: &Signature) -> Vec<(Method, bool)> {
    match signature {
        Signature::Class {
            class,
            constructor,
            methods,
            ..
        } => {
            let mut out = vec![(
                Method {
                    name: class.clone(),
                    params: constructor.clone(),
                    returns: Type::Void,
                },
                true,
            )];
            out.extend(methods.iter().map(|m| (m.clone(), false)));
            out
        }
        Signature::Function { function, .. } => vec![(function.clone(), false)],
        Signature::Stdio => vec![],
    }
}

/// Escapes `s` as the body of a double-quoted string literal in C, C++, Go
/// and Rust (only identifiers and ASCII text pass through here).
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            c => out.push_str(&format!("\\x{:02x}", c as u32 & 0x7f)),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_names_are_safe() {
        assert_eq!(tree_name("lru.c", "c", &[]), "lru.c");
        assert_eq!(tree_name("my file.c", "c", &[]), "solution.c");
        assert_eq!(tree_name("a\"b.c", "c", &[]), "solution.c");
        assert_eq!(tree_name("lru.txt", "c", &[]), "solution.c");
        assert_eq!(
            tree_name("judge_driver.c", "c", &["judge_driver.c"]),
            "solution.c"
        );
        assert_eq!(base_name("dir/sub/x.go"), "x.go");
        assert_eq!(base_name("dir\\x.go"), "x.go");
    }

    /// `int f()`: the simplest signature, for tests about the user's file.
    fn int_function_without_params() -> Signature {
        Signature::Function {
            function: Method {
                name: "f".into(),
                params: vec![],
                returns: Type::Int,
            },
            immutable_input: false,
        }
    }

    #[test]
    fn c_bytes_pass_as_they_are_and_go_must_be_utf8() {
        let sig = int_function_without_params();
        let latin1 = b"/* caf\xe9 */\nint f(void) { return 1; }\n";
        let tree = generate(Language::C, &sig, "x.c", latin1).unwrap();
        assert_eq!(tree.file(&tree.user_file).unwrap().contents, latin1);
        let err = generate(Language::Go, &sig, "d/x.go", b"package main\n// \xe9\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.go:2: not UTF-8 text (a go source file must be UTF-8)"
        );
    }

    #[test]
    fn empty_files_are_named() {
        let sig = int_function_without_params();
        for src in ["", " \n\t\n", "// nothing yet\n/* later */\n"] {
            let err = generate(Language::Go, &sig, "dir/x.go", src).unwrap_err();
            assert_eq!(err.to_string(), "x.go: the file is empty");
        }
        assert!(generate(Language::C, &sig, "x.c", "int f(void) { return 1; }").is_ok());
    }

    #[test]
    fn signatures_are_validated() {
        let bad = Signature::Function {
            function: Method {
                name: "detect Cycle".into(),
                params: vec![],
                returns: Type::Int,
            },
            immutable_input: false,
        };
        assert!(generate(Language::C, &bad, "x.c", "").is_err());
        let no_cycle = Signature::Function {
            function: Method {
                name: "detectCycle".into(),
                params: vec![],
                returns: Type::NodeIndex,
            },
            immutable_input: false,
        };
        assert!(matches!(
            generate(Language::Go, &no_cycle, "x.go", ""),
            Err(DriverError::InvalidSignature(_))
        ));
    }
}
