//! Problem packs: a folder with `problem.toml`, a statement, test vectors,
//! starters, references and known solutions. Loading has two phases: the raw
//! TOML ([`crate::pack_format::raw`]) and its validation into the domain
//! types below, which collects every error it can, each naming the file and
//! line. The loader is the top of the pack model: it builds on `checker`,
//! `vectors`, `generate` and `complexity`, none of which look back up here.

mod error;
mod factors;
mod files;
mod interactive;
mod test_files;
mod test_groups;

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use toml::Spanned;

pub use crate::pack_format::Kind;
pub use error::{line_of, PackError, PackErrors};
pub use files::{PackFiles, Scope};
pub use test_groups::TestGroup;

use crate::checker::program::{CheckerProgram, Interface};
use crate::checker::Checker;
use crate::complexity::ComplexitySpec;
use crate::fuel_limits::{self, PackFactors};
use crate::generate::GeneratedSpec;
use crate::language::Language;
use crate::pack_format::raw;
use crate::signature::{parse_param, unknown_type, Method, Param, Signature, Type};
use crate::vectors::TestCase;
use crate::verdict::Verdict;

/// The `format_version` this judge reads.
pub const FORMAT_VERSION: i64 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn name(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// Per-test limits, as the pack states them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PackLimits {
    pub fuel: u64,
    pub memory_mib: u64,
    pub output_kib: u64,
    /// The linear-memory stack C, C++ and Rust solutions are linked with
    /// (part of `memory_mib`); Go's goroutine stacks grow in the heap.
    #[serde(default = "default_stack_mib")]
    pub stack_mib: u64,
}

/// `[limits] stack_mib` when a pack does not set it.
pub const DEFAULT_STACK_MIB: u64 = crate::toolchain::DEFAULT_STACK_BYTES >> 20;

fn default_stack_mib() -> u64 {
    DEFAULT_STACK_MIB
}

impl PackLimits {
    /// The stack solutions are linked with, in bytes.
    pub fn stack_bytes(&self) -> u64 {
        self.stack_mib << 20
    }
}

/// A source file shipped in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackSource {
    /// Path relative to the pack folder (`reference/reference.go`).
    pub path: String,
    pub language: Language,
    pub bytes: Vec<u8>,
}

/// A solution under `solutions/<verdict>/` with the verdict it must get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownSolution {
    pub expected: Verdict,
    pub source: PackSource,
}

/// A validated problem pack.
#[derive(Debug, Clone)]
pub struct Pack {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub kind: Kind,
    pub leetcode: Option<u32>,
    pub languages: Vec<Language>,
    pub limits: PackLimits,
    /// The pack's factor overrides and the references left out of the
    /// factor measurement.
    pub factors: PackFactors,
    pub checker: Checker,
    pub signature: Signature,
    pub statement: String,
    /// The hand-written tests (empty in a [`Scope::Summary`] load).
    pub tests: Vec<TestCase>,
    /// How many hand-written tests the pack has, in every scope.
    pub written_tests: usize,
    pub generated: Vec<GeneratedSpec>,
    /// The required complexity and its scaling series, if declared.
    pub complexity: Option<ComplexitySpec>,
    /// A Kattis input validator `judge pack validate` runs on every input.
    pub input_validator: Option<CheckerProgram>,
    /// The interactor of an interactive problem.
    pub interactor: Option<CheckerProgram>,
    /// Groups of tests judged with their own validator flags, longest
    /// prefix first (use [`Pack::checker_for`] and its siblings).
    pub test_groups: Vec<TestGroup>,
    /// Schedules explored per test of a concurrent problem.
    pub schedules: u32,
    pub starters: BTreeMap<Language, PackSource>,
    /// References and known solutions: empty in a [`Scope::Summary`] load,
    /// as are generator programs' bytes.
    pub references: BTreeMap<Language, PackSource>,
    pub solutions: Vec<KnownSolution>,
    /// Where the pack came from, for messages.
    pub root: String,
    /// Hash of every file: changes whenever anything in the pack changes
    /// (empty in a [`Scope::Summary`] load).
    pub content_hash: String,
    /// What was loaded: everything, or only what `list` and `show` need.
    pub scope: Scope,
}

impl Pack {
    /// Loads and validates a pack (the parts `files.scope` holds),
    /// reporting every problem found.
    pub fn load(files: &PackFiles) -> Result<Pack, PackErrors> {
        let full = files.scope == Scope::Full;
        let mut errors = Vec::new();
        let toml_path = files.display("problem.toml");
        let text = match files.text("problem.toml") {
            Ok(Some(text)) => text,
            Ok(None) => {
                return Err(PackError::new(
                    toml_path,
                    None,
                    "missing file: every pack needs a problem.toml",
                )
                .into())
            }
            Err(e) => return Err(e.into()),
        };
        let raw: raw::RawProblem = toml::from_str(&text).map_err(|e| {
            let line = e.span().map(|span| line_of(&text, span.start));
            PackError::new(&toml_path, line, e.message().trim().to_string())
        })?;
        let at = |span: std::ops::Range<usize>| Some(line_of(&text, span.start));
        let toml_errors = std::cell::RefCell::new(Vec::new());
        let err = |line: Option<usize>, message: String| {
            toml_errors
                .borrow_mut()
                .push(PackError::new(&toml_path, line, message));
        };

        if *raw.format_version.get_ref() != FORMAT_VERSION {
            err(
                at(raw.format_version.span()),
                format!(
                    "format_version {} is not supported (this judge reads format_version {FORMAT_VERSION})",
                    raw.format_version.get_ref()
                ),
            );
        }
        let folder = files
            .root
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        let id = raw.id.get_ref().clone();
        if !is_valid_id(&id) {
            err(
                at(raw.id.span()),
                format!("id `{id}` must be lowercase letters, digits and dashes"),
            );
        } else if folder != id && !folder.is_empty() && files.root != "." {
            err(
                at(raw.id.span()),
                format!("id `{id}` does not match the pack folder `{folder}`"),
            );
        }
        let difficulty = match raw.difficulty.get_ref().as_str() {
            "easy" => Difficulty::Easy,
            "medium" => Difficulty::Medium,
            "hard" => Difficulty::Hard,
            other => {
                err(
                    at(raw.difficulty.span()),
                    format!("difficulty `{other}` must be easy, medium or hard"),
                );
                Difficulty::Medium
            }
        };
        let kind = match raw.kind.get_ref().as_str() {
            "class" => Kind::Class,
            "function" => Kind::Function,
            "stdio" => Kind::Stdio,
            "concurrent" => Kind::Concurrent,
            "interactive" => Kind::Interactive,
            other => {
                err(
                    at(raw.kind.span()),
                    format!(
                        "kind `{other}` must be class, function, stdio, concurrent or interactive"
                    ),
                );
                Kind::Class
            }
        };
        let languages = match &raw.languages {
            None => Language::SOURCE.to_vec(),
            Some(list) => {
                let mut out = Vec::new();
                for name in list.get_ref() {
                    match Language::parse(name) {
                        Some(lang) if lang != Language::Wasm => out.push(lang),
                        _ => err(
                            at(list.span()),
                            format!("unknown language `{name}` (go, rust, c, cpp)"),
                        ),
                    }
                }
                out
            }
        };
        let limits = validate_limits(&raw.limits, &mut |span, m| err(at(span), m));
        let pack_factors =
            factors::pack_factors(&raw.limits, &languages, &mut |span, m| err(at(span), m));
        let mut checker = match (&raw.checker, kind) {
            // An interactive problem's interactor decides (checked below).
            (_, Kind::Interactive) => Checker::Exact,
            (None, _) => {
                err(None, "missing [checker] section".into());
                Checker::Exact
            }
            (Some(raw_checker), _) => match Checker::from_raw(raw_checker, kind) {
                Ok(checker) => checker,
                Err(message) => {
                    err(at(raw_checker.kind.span()), message);
                    Checker::Exact
                }
            },
        };
        if let (Checker::Program(program), true, Some(raw_checker)) =
            (&mut checker, full, &raw.checker)
        {
            if let Err(message) = load_program(files, program) {
                err(at(raw_checker.kind.span()), format!("[checker]: {message}"));
            }
        }
        let interactor =
            interactive::interactor_from_raw(&raw, kind, &mut |span, m| err(span.and_then(&at), m))
                .and_then(|mut program| {
                    if full {
                        if let Err(message) = load_program(files, &mut program) {
                            err(None, format!("[interactor]: {message}"));
                            return None;
                        }
                    }
                    Some(program)
                });
        let input_validator = raw.input_validator.as_ref().and_then(|section| {
            let raw_validator = section.get_ref();
            match input_validator_from_raw(raw_validator) {
                Ok(mut program) => {
                    if full {
                        if let Err(message) = load_program(files, &mut program) {
                            err(at(section.span()), format!("[input_validator]: {message}"));
                        }
                    }
                    Some(program)
                }
                Err(message) => {
                    err(
                        at(raw_validator.program.span()),
                        format!("[input_validator]: {message}"),
                    );
                    None
                }
            }
        });
        let errors_before_signature = toml_errors.borrow().len();
        let signature = match (kind, &raw.signature) {
            (Kind::Stdio | Kind::Interactive, None) => Signature::Stdio,
            (Kind::Stdio | Kind::Interactive, Some(sig)) => {
                err(
                    at(sig.span()),
                    format!("a {} problem has no [signature]", kind.name()),
                );
                Signature::Stdio
            }
            (_, None) => {
                err(
                    None,
                    format!("a {} problem needs a [signature]", kind.name()),
                );
                Signature::Stdio
            }
            (_, Some(sig)) => validate_signature(kind, sig, &mut |span, m| err(at(span), m)),
        };
        let signature_broken = toml_errors.borrow().len() > errors_before_signature;
        // A broken signature would only add confusing follow-on errors here.
        let generated = raw
            .generated
            .iter()
            .filter(|_| !signature_broken)
            .filter_map(
                |spanned| match GeneratedSpec::from_raw(spanned.get_ref(), &signature) {
                    Ok(mut spec) => {
                        if let Some(program) = spec.program.as_mut().filter(|_| full) {
                            let name = &spanned.get_ref().name;
                            match resolve_program(files, &program.path) {
                                Ok((language, bytes)) => {
                                    program.language = language;
                                    program.bytes = bytes;
                                }
                                Err(message) => {
                                    err(
                                        at(spanned.span()),
                                        format!("[[generated]] `{name}`: {message}"),
                                    );
                                    return None;
                                }
                            }
                        }
                        Some(spec)
                    }
                    Err(message) => {
                        err(
                            at(spanned.span()),
                            format!("[[generated]] `{}`: {message}", spanned.get_ref().name),
                        );
                        None
                    }
                },
            )
            .collect::<Vec<_>>();
        let mut names = std::collections::BTreeSet::new();
        for spec in &generated {
            if !names.insert(spec.name.clone()) {
                err(
                    None,
                    format!("two [[generated]] tests are named `{}`", spec.name),
                );
            }
        }

        let complexity = match (&raw.complexity, signature_broken) {
            (Some(section), false) => {
                match ComplexitySpec::from_raw(section.get_ref(), &signature) {
                    Ok(spec) => Some(spec),
                    Err(list) => {
                        for (span, message) in list {
                            err(
                                at(span.unwrap_or_else(|| section.span())),
                                format!("[complexity]: {message}"),
                            );
                        }
                        None
                    }
                }
            }
            _ => None,
        };

        let schedules = validate_concurrent(
            &raw,
            kind,
            &languages,
            &checker,
            &signature,
            &mut |span, m| err(at(span), m),
        );

        errors.append(&mut toml_errors.borrow_mut());
        let statement = match files.text("statement.md") {
            Ok(Some(text)) => text,
            Ok(None) => {
                errors.push(PackError::new(
                    files.display("statement.md"),
                    None,
                    "missing file: the problem statement",
                ));
                String::new()
            }
            Err(e) => {
                errors.push(e);
                String::new()
            }
        };

        // Test vectors are checked against the signature: a broken signature
        // would only add confusing follow-on errors.
        let tests =
            if !full || signature_broken || (signature == Signature::Stdio && !kind.is_stdio()) {
                Vec::new()
            } else {
                match test_files::load_tests(files, kind, &signature) {
                    Ok(tests) => tests,
                    Err(mut errs) => {
                        errors.append(&mut errs);
                        Vec::new()
                    }
                }
            };
        for test in &tests {
            if !names.insert(test.name.clone()) {
                errors.push(PackError::new(
                    files.display(&test.file),
                    None,
                    format!("test name `{}` is used twice", test.name),
                ));
            }
        }
        let written_tests = if full {
            tests.len()
        } else {
            let listed = files.unread.iter().chain(files.files.keys());
            listed.filter(|p| test_files::is_test_file(kind, p)).count()
        };
        if written_tests == 0 && generated.is_empty() && errors.is_empty() {
            errors.push(PackError::new(
                files.display("tests"),
                None,
                "the pack has no tests",
            ));
        }

        let starters = sources_in(files, "starters", &mut errors);
        let references = sources_in(files, "reference", &mut errors);
        if references.is_empty() && full {
            errors.push(PackError::new(
                files.display("reference"),
                None,
                "missing reference solution: add reference/reference.<go|rs|c|cpp>",
            ));
        }
        let solutions = known_solutions(files, &mut errors);
        let test_groups = test_groups::test_groups(
            &raw.test_group,
            &test_groups::Judged {
                checker: &checker,
                interactor: interactor.as_ref(),
                input_validator: input_validator.as_ref(),
            },
            full.then_some(&names),
            &mut |span, m| err(at(span), m),
        );
        errors.append(&mut toml_errors.borrow_mut());

        if !errors.is_empty() {
            return Err(PackErrors(errors));
        }
        Ok(Pack {
            id,
            title: raw.title,
            difficulty,
            tags: raw.tags,
            kind,
            leetcode: raw.leetcode,
            languages,
            limits,
            factors: pack_factors,
            checker,
            signature,
            statement,
            tests,
            written_tests,
            generated,
            complexity,
            input_validator,
            interactor,
            test_groups,
            schedules,
            starters: starters.into_iter().map(|s| (s.language, s)).collect(),
            references: references.into_iter().map(|s| (s.language, s)).collect(),
            solutions,
            root: files.root.clone(),
            content_hash: if full {
                content_hash(files)
            } else {
                String::new()
            },
            scope: files.scope,
        })
    }

    /// The checker of test `test`: its group's, else the pack's.
    pub fn checker_for(&self, test: &str) -> &Checker {
        test_groups::group_of(&self.test_groups, test)
            .and_then(|g| g.checker.as_ref())
            .unwrap_or(&self.checker)
    }

    /// The interactor of test `test`: its group's, else the pack's.
    pub fn interactor_for(&self, test: &str) -> Option<&CheckerProgram> {
        test_groups::group_of(&self.test_groups, test)
            .and_then(|g| g.interactor.as_ref())
            .or(self.interactor.as_ref())
    }

    /// The input validator of test `test`: its group's, else the pack's.
    pub fn input_validator_for(&self, test: &str) -> Option<&CheckerProgram> {
        test_groups::group_of(&self.test_groups, test)
            .and_then(|g| g.input_validator.as_ref())
            .or(self.input_validator.as_ref())
    }

    /// The fuel `language`'s user code may spend per test: the pack's
    /// C-equivalent limit times the language's factor here.
    pub fn user_fuel_limit(&self, language: Language) -> u64 {
        fuel_limits::user_fuel_limit(self.limits.fuel, self.factors.factor(language))
    }

    /// Whether solutions in `lang` can be judged for this pack.
    /// Why the pack takes only the languages it lists, when there is a
    /// reason beyond its references (for refusal messages).
    pub fn languages_reason(&self) -> Option<&'static str> {
        (self.kind == Kind::Concurrent).then_some(crate::concurrent::GO_ONLY)
    }

    pub fn offers(&self, lang: Language) -> bool {
        lang == Language::Wasm || self.languages.contains(&lang)
    }
}

/// The concurrent kind's own rules: Go only, a `linearizable` checker
/// whose model answers the signature's methods, no generated tests or
/// complexity series, and `[concurrent]` only here. Returns the schedules
/// per test.
fn validate_concurrent(
    raw: &raw::RawProblem,
    kind: Kind,
    languages: &[Language],
    checker: &Checker,
    signature: &Signature,
    err: &mut dyn FnMut(std::ops::Range<usize>, String),
) -> u32 {
    if kind != Kind::Concurrent {
        if let Some(section) = &raw.concurrent {
            err(
                section.span(),
                "[concurrent] is only for kind = \"concurrent\"".into(),
            );
        }
        return crate::concurrent::DEFAULT_SCHEDULES;
    }
    if languages != [Language::Go] {
        err(
            raw.languages.as_ref().map_or(raw.kind.span(), |l| l.span()),
            "a concurrent problem is judged in Go only: say languages = [\"go\"]".into(),
        );
    }
    if let Some(first) = raw.generated.first() {
        err(
            first.span(),
            "a concurrent problem has no [[generated]] tests".into(),
        );
    }
    if let Some(section) = &raw.complexity {
        err(
            section.span(),
            "a concurrent problem has no [complexity]".into(),
        );
    }
    if let (Checker::Linearizable(model), Signature::Class { methods, .. }) = (checker, signature) {
        for method in methods {
            let known = model.methods().iter().any(|(name, params, returns)| {
                *name == method.name
                    && *params == method.params.len()
                    && *returns == (method.returns != Type::Void)
            });
            if !known {
                err(
                    raw.checker
                        .as_ref()
                        .map_or(raw.kind.span(), |c| c.kind.span()),
                    format!(
                        "model `{}` has no method `{}` with {} parameter(s){}",
                        model.name(),
                        method.name,
                        method.params.len(),
                        if method.returns == Type::Void {
                            ""
                        } else {
                            " and a result"
                        }
                    ),
                );
            }
        }
    }
    let Some(section) = &raw.concurrent else {
        return crate::concurrent::DEFAULT_SCHEDULES;
    };
    let schedules = section.get_ref().schedules.get_ref();
    if !(1..=10_000).contains(schedules) {
        err(
            section.get_ref().schedules.span(),
            format!("concurrent.schedules = {schedules} is outside 1..=10000"),
        );
        return crate::concurrent::DEFAULT_SCHEDULES;
    }
    *schedules as u32
}

/// The language and bytes of a generator program named in `problem.toml`.
fn resolve_program(files: &PackFiles, path: &str) -> Result<(Language, Vec<u8>), String> {
    let path = path.trim_start_matches("./");
    let language = Language::from_path(std::path::Path::new(path))
        .filter(|l| *l != Language::Wasm)
        .ok_or_else(|| format!("program `{path}` is not a .go, .rs, .c or .cpp file"))?;
    let bytes = files.files.get(path).ok_or_else(|| {
        format!(
            "program `{path}` does not exist (expected {})",
            files.display(path)
        )
    })?;
    Ok((language, bytes.clone()))
}

/// Reads a checker or validator program's source and the headers beside it
/// (`.h`, `.hpp`, `.hh` in its folder, for C and C++).
fn load_program(files: &PackFiles, program: &mut CheckerProgram) -> Result<(), String> {
    let (language, bytes) = resolve_program(files, &program.path)?;
    program.language = language;
    program.bytes = bytes;
    let folder = program.path.rsplit_once('/').map_or("", |(dir, _)| dir);
    if matches!(language, Language::C | Language::Cpp) {
        program.headers = files
            .files
            .iter()
            .filter(|(path, _)| {
                path.rsplit_once('/').map_or("", |(dir, _)| dir) == folder
                    && [".h", ".hpp", ".hh"].iter().any(|e| path.ends_with(e))
            })
            .map(|(path, bytes)| {
                let name = path.rsplit('/').next().unwrap_or(path).to_string();
                (name, bytes.clone())
            })
            .collect();
    }
    Ok(())
}

/// `[input_validator]` as a program speaking the Kattis protocol.
fn input_validator_from_raw(raw: &raw::RawInputValidator) -> Result<CheckerProgram, String> {
    let path = raw.program.get_ref().trim_start_matches("./").to_string();
    let language = Language::from_path(std::path::Path::new(&path))
        .filter(|l| *l != Language::Wasm)
        .ok_or_else(|| format!("program `{path}` is not a .go, .rs, .c or .cpp file"))?;
    Ok(CheckerProgram {
        path,
        language,
        bytes: Vec::new(),
        headers: Vec::new(),
        interface: Interface::Kattis,
        flags: raw
            .flags
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        fuel: crate::checker::program::DEFAULT_FUEL,
        memory_mib: crate::checker::program::DEFAULT_MEMORY_MIB,
    })
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn validate_limits(
    raw: &raw::RawLimits,
    err: &mut dyn FnMut(std::ops::Range<usize>, String),
) -> PackLimits {
    let mut check = |value: &Spanned<i64>, name: &str, lo: i64, hi: i64| -> u64 {
        let v = *value.get_ref();
        if v < lo || v > hi {
            err(
                value.span(),
                format!("limits.{name} = {v} is outside the sane range {lo}..={hi}"),
            );
            lo.max(0) as u64
        } else {
            v as u64
        }
    };
    let fuel = check(&raw.fuel, "fuel", 1_000_000, 100_000_000_000);
    let memory_mib = check(&raw.memory_mib, "memory_mib", 1, 2048).max(1);
    let output_kib = check(&raw.output_kib, "output_kib", 1, 1 << 20);
    let stack_mib = match &raw.stack_mib {
        None => DEFAULT_STACK_MIB.min(memory_mib),
        Some(stack) => match u64::try_from(*stack.get_ref()) {
            Ok(v) if (1..=memory_mib).contains(&v) => v,
            _ => {
                err(
                    stack.span(),
                    format!(
                        "limits.stack_mib = {} is outside 1..={memory_mib}: the stack is part of memory_mib = {memory_mib}",
                        stack.get_ref()
                    ),
                );
                DEFAULT_STACK_MIB.min(memory_mib)
            }
        },
    };
    PackLimits {
        fuel,
        memory_mib,
        output_kib,
        stack_mib,
    }
}

fn params_of(
    list: &[Spanned<String>],
    err: &mut dyn FnMut(std::ops::Range<usize>, String),
) -> Vec<Param> {
    list.iter()
        .filter_map(|p| match parse_param(p.get_ref()) {
            Ok(param) => Some(param),
            Err(message) => {
                err(p.span(), message);
                None
            }
        })
        .collect()
}

fn return_type(ret: &Spanned<String>, err: &mut dyn FnMut(std::ops::Range<usize>, String)) -> Type {
    match Type::parse(ret.get_ref()) {
        Some(ty) if ty.is_return_type() => ty,
        Some(ty) => {
            err(ret.span(), format!("type `{ty}` cannot be a return type"));
            Type::Void
        }
        None => {
            err(ret.span(), unknown_type(ret.get_ref().trim()));
            Type::Void
        }
    }
}

fn validate_signature(
    kind: Kind,
    spanned: &Spanned<raw::RawSignature>,
    err: &mut dyn FnMut(std::ops::Range<usize>, String),
) -> Signature {
    let sig = spanned.get_ref();
    let span = spanned.span();
    let immutable_input = sig.immutable_input;
    match kind {
        Kind::Class | Kind::Concurrent => {
            if sig.function.is_some() || sig.params.is_some() || sig.returns.is_some() {
                err(span.clone(), "a class signature has `class`, `constructor` and `methods`, not `function`, `params` or `returns`".into());
            }
            let class = sig.class.clone().unwrap_or_else(|| {
                err(
                    span.clone(),
                    "a class problem's [signature] needs `class`".into(),
                );
                String::new()
            });
            let constructor = params_of(sig.constructor.as_deref().unwrap_or(&[]), err);
            let mut methods: Vec<Method> = Vec::new();
            for m in sig.methods.as_deref().unwrap_or(&[]) {
                let name = m.name.get_ref().clone();
                if methods.iter().any(|other| other.name == name) || name == class {
                    err(m.name.span(), format!("method `{name}` is declared twice"));
                }
                methods.push(Method {
                    name,
                    params: params_of(&m.params, err),
                    returns: return_type(&m.returns, err),
                });
            }
            if methods.is_empty() {
                err(span, "a class problem needs at least one method".into());
            }
            for method in &methods {
                if method.returns == Type::NodeIndex {
                    err(spanned.span(), format!("method `{}`: NodeIndex is only for function problems with a CycleList parameter", method.name));
                }
            }
            Signature::Class {
                class,
                constructor,
                methods,
                immutable_input,
            }
        }
        Kind::Function => {
            if sig.class.is_some() || sig.constructor.is_some() || sig.methods.is_some() {
                err(span.clone(), "a function signature has `function`, `params` and `returns`, not `class`, `constructor` or `methods`".into());
            }
            let name = sig.function.clone().unwrap_or_else(|| {
                err(
                    span.clone(),
                    "a function problem's [signature] needs `function`".into(),
                );
                String::new()
            });
            let params = params_of(sig.params.as_deref().unwrap_or(&[]), err);
            let returns = match &sig.returns {
                Some(ret) => return_type(ret, err),
                None => {
                    err(
                        span.clone(),
                        "a function problem's [signature] needs `returns`".into(),
                    );
                    Type::Void
                }
            };
            let cycle_params = params.iter().filter(|p| p.ty == Type::CycleList).count();
            if returns == Type::NodeIndex && cycle_params != 1 {
                err(
                    span.clone(),
                    "returns = \"NodeIndex\" needs exactly one CycleList parameter".into(),
                );
            }
            if cycle_params > 1 {
                err(span, "at most one CycleList parameter is supported".into());
            }
            Signature::Function {
                function: Method {
                    name,
                    params,
                    returns,
                },
                immutable_input,
            }
        }
        Kind::Stdio | Kind::Interactive => Signature::Stdio,
    }
}

fn sources_in(files: &PackFiles, folder: &str, errors: &mut Vec<PackError>) -> Vec<PackSource> {
    let mut out: Vec<PackSource> = Vec::new();
    for (path, bytes) in files.under(folder) {
        match Language::from_path(std::path::Path::new(path)) {
            Some(language) => {
                if out.iter().any(|s| s.language == language) {
                    errors.push(PackError::new(
                        files.display(path),
                        None,
                        format!("a second {language} file in {folder}/"),
                    ));
                    continue;
                }
                out.push(PackSource {
                    path: path.clone(),
                    language,
                    bytes: bytes.clone(),
                });
            }
            None if path.ends_with(".md") || path.ends_with(".txt") => {}
            None => errors.push(PackError::new(
                files.display(path),
                None,
                "not a source file (.go .rs .c .cpp .wasm)",
            )),
        }
    }
    out
}

fn known_solutions(files: &PackFiles, errors: &mut Vec<PackError>) -> Vec<KnownSolution> {
    let mut out = Vec::new();
    for (path, bytes) in files.under("solutions") {
        let mut parts = path.splitn(3, '/');
        let (_, folder, rest) = (parts.next(), parts.next().unwrap_or(""), parts.next());
        if rest.is_none() || path.ends_with(".md") {
            continue;
        }
        let Some(expected) = Verdict::from_folder(folder) else {
            errors.push(PackError::new(
                files.display(path),
                None,
                format!("`solutions/{folder}/` is not a verdict folder (accepted, wrong_answer, time_limit_exceeded, memory_limit_exceeded, output_limit_exceeded, runtime_error, compile_error)"),
            ));
            continue;
        };
        match Language::from_path(std::path::Path::new(path)) {
            Some(language) => out.push(KnownSolution {
                expected,
                source: PackSource {
                    path: path.clone(),
                    language,
                    bytes: bytes.clone(),
                },
            }),
            None => errors.push(PackError::new(
                files.display(path),
                None,
                "not a source file (.go .rs .c .cpp .wasm)",
            )),
        }
    }
    out
}

fn content_hash(files: &PackFiles) -> String {
    let mut hasher = Sha256::new();
    for (path, bytes) in &files.files {
        hasher.update((path.len() as u64).to_le_bytes());
        hasher.update(path.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    hex::encode(&hasher.finalize()[..16])
}
