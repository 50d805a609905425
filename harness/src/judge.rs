//! Judging a submission: build it (driver + toolchain, or a ready `.wasm`),
//! run every test in the sandbox, check the results and decide verdicts.
//! It never prints: it emits [`Event`]s that reporters consume, and returns
//! a [`Report`].

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::{Duration, Instant};

use sandbox::{Limits, Program, RunEnd, RunRequest, Sandbox, SandboxConfig, SealedDir};
use serde_json::Value;
use sha2::{Digest, Sha256};

mod checker_runs;
mod expected_ahead;
mod interaction_runs;
mod memory_gate;
mod randomized_runs;

use crate::checker::{randomized_set, Checker};
use crate::complexity::{self, ComplexityReport, FuelMeter, Mode, RunFuel};
use crate::concurrent::{self, ConcurrentTest};
use crate::driver;
use crate::fuel_limits;
use crate::language::Language;
use crate::pack::{Kind, Pack, PackLimits};
use crate::prepared::PreparedCalls;
use crate::shared_store::{self, StoreLocation};
use crate::signature::Signature;
use crate::toolchain::{self, CompileFailure, CompileLimits, DetectEnv, Toolchain, ToolchainError};
use crate::vectors::{truncate, Call, TestBody, TestCase};
use crate::verdict::{overall, Verdict};
use crate::verdict_cache;
use crate::wire::{self, ResultLine};
use memory_gate::MemoryGate;

/// The base seed when none is given: runs are reproducible by default.
pub const DEFAULT_SEED: u64 = 20_240_101;

/// [`JudgeOptions::run_memory_budget`] by default: two tests that hold
/// 28 MiB each run side by side, larger ones one at a time (issue 13: a
/// submit's peak at most 100 MiB). A large lru-cache test holds about 26 MiB
/// in C (16 of guest memory, 8 of write records, 2 of results), so its tests
/// run two at a time; the largest bundled tests (a Go trie: 54 MiB of guest
/// memory) run alone. Measured with `bench/memory.sh`: every bundled pack's
/// submit peaks at 92 MiB or less.
pub const DEFAULT_RUN_MEMORY_BUDGET: u64 = 56 << 20;

/// A solution to judge.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The file as the user knows it (`lru.go`, `alice/lru.go`).
    pub file: String,
    pub language: Language,
    pub bytes: Vec<u8>,
}

impl Submission {
    /// A program shipped in a pack (a reference, generator or checker),
    /// named by its file name as compilers report it.
    pub fn of_pack_file(path: &str, language: Language, bytes: &[u8]) -> Submission {
        Submission {
            file: path.rsplit('/').next().unwrap_or(path).to_string(),
            language,
            bytes: bytes.to_vec(),
        }
    }
}

/// Settings for a [`Judge`].
#[derive(Debug, Clone)]
pub struct JudgeOptions {
    /// Base seed; each test's WASI random seed derives from it.
    pub seed: u64,
    /// Compiled modules, expected outputs and Go's build cache live here;
    /// `None` judges without an on-disk cache.
    pub cache_dir: Option<PathBuf>,
    /// Cranelift's per-function cache (see [`shared_function_cache`]):
    /// a new module compiles only the functions no earlier one had.
    pub function_cache: Option<PathBuf>,
    /// The shared store (see [`crate::shared_store`]): generated tests with
    /// their expected outputs and detected toolchains, shared by every
    /// cache directory.
    pub shared_store: Option<StoreLocation>,
    pub compile_limits: CompileLimits,
    /// Stop at the first test that is not accepted (the rest are skipped).
    pub stop_at_first_failure: bool,
    /// How many tests of one submission run at once. Reports and events keep
    /// test order whatever this is.
    pub test_jobs: usize,
    /// Whether the complexity check runs after the tests pass, and whether
    /// its failure fails the submission.
    pub complexity: Mode,
    /// Reuse a finished report of the same module, pack and options from
    /// the cache directory, and store new ones. Off by default (benchmarks
    /// and `pack validate` want real runs); `judge submit` and `judge check`
    /// turn it on unless `--no-cache`.
    pub verdict_cache: bool,
    /// Keep each test's [`Answers`] in its result (`judge run` shows them;
    /// judging alone does not need them).
    pub keep_answers: bool,
    /// Memory, in bytes, that tests running side by side may hold together
    /// (guest memory and what each run wrote), by the judge's estimate; a
    /// test estimated over it runs alone. Bounds a submit's peak memory,
    /// not any run's limit.
    pub run_memory_budget: u64,
}

impl JudgeOptions {
    pub fn new(cache_dir: impl Into<Option<PathBuf>>) -> JudgeOptions {
        let cache_dir = cache_dir.into();
        let compile_limits = CompileLimits {
            go_build_cache: shared_go_build_cache()
                .or_else(|| cache_dir.as_ref().map(|d| d.join("go-build"))),
            ..CompileLimits::default()
        };
        JudgeOptions {
            seed: DEFAULT_SEED,
            function_cache: shared_function_cache()
                .or_else(|| cache_dir.as_ref().map(|d| d.join("functions"))),
            shared_store: StoreLocation::from_env(),
            cache_dir,
            compile_limits,
            stop_at_first_failure: true,
            test_jobs: 1,
            complexity: Mode::Enforce,
            verdict_cache: false,
            keep_answers: false,
            run_memory_budget: DEFAULT_RUN_MEMORY_BUDGET,
        }
    }
}

/// Go's build cache is content-addressed and safe to share, and filling it
/// (the standard library for wasip1) is the slowest part of a first Go
/// compile, so every judge shares one, whatever its `--cache-dir`:
/// `$JUDGE_GO_CACHE`, else `$XDG_CACHE_HOME/judge/go-build`, else
/// `~/.cache/judge/go-build`.
pub fn shared_go_build_cache() -> Option<PathBuf> {
    shared_cache("JUDGE_GO_CACHE", "go-build")
}

/// Cranelift's compiled functions are keyed by their IR and sealed like
/// every executed cache entry, so they are safe to share too; a first
/// submit in Go then compiles only the user's functions, not Go's runtime
/// again: `$JUDGE_FUNCTION_CACHE`, else `$XDG_CACHE_HOME/judge/functions`,
/// else `~/.cache/judge/functions`.
pub fn shared_function_cache() -> Option<PathBuf> {
    shared_cache("JUDGE_FUNCTION_CACHE", "functions")
}

/// `$variable`, else `$XDG_CACHE_HOME/judge/<leaf>`, else
/// `~/.cache/judge/<leaf>`.
pub(crate) fn shared_cache(variable: &str, leaf: &str) -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var(variable)
        .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("judge").join(leaf)))
        .or_else(|| var("HOME").map(|d| d.join(".cache").join("judge").join(leaf)))
}

/// The judge's own failures (not a submission's).
#[derive(Debug, thiserror::Error)]
pub enum JudgeError {
    #[error(transparent)]
    Sandbox(#[from] sandbox::SandboxError),
}

/// What judging reports as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    CompileStarted {
        language: Language,
    },
    CompileFinished {
        cached: bool,
        duration: Duration,
    },
    TestStarted {
        index: usize,
        total: usize,
        name: &'a str,
    },
    TestFinished {
        index: usize,
        total: usize,
        result: &'a TestResult,
    },
    Finished {
        report: &'a Report,
    },
}

/// Where a wrong answer happened.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Failure {
    /// 1-based call number.
    pub call_number: usize,
    /// The call as written in code: `get(3)`.
    pub call: String,
    pub expected: Option<String>,
    pub actual: Option<String>,
    /// The calls leading up to it, with their results (the last few).
    pub context: Vec<String>,
    /// How many earlier calls `context` leaves out.
    pub omitted: usize,
}

/// One test's result.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct TestResult {
    pub name: String,
    /// `None` when the test was skipped after an earlier failure.
    pub verdict: Option<Verdict>,
    /// Fuel the whole run consumed: start-up, the driver and the user.
    pub fuel: u64,
    /// Fuel charged to the user's code, which the time limit applies to:
    /// the sum of the fuel of its marked calls (`wire::Output::call_fuel`),
    /// or `fuel` when the calls were not marked.
    pub user_fuel: u64,
    pub memory_bytes: u64,
    pub wall: Duration,
    /// What a person can act on, for every non-AC verdict.
    pub message: Option<String>,
    pub failure: Option<Failure>,
    /// The WASI random seed of this test's run.
    pub seed: u64,
    /// The program's own prints (not result lines), truncated.
    pub program_output: String,
    /// What the program answered, when [`JudgeOptions::keep_answers`] is set.
    pub answers: Option<Answers>,
}

/// A program's answers to one test.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Answers {
    /// One value per call that answered (a run that stopped early has fewer).
    Calls(Vec<Value>),
    /// A stdio program's stdout.
    Stdout(Vec<u8>),
}

/// How the build went.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BuildInfo {
    /// The compiled module came from the cache (no compiler ran).
    pub cached: bool,
    pub duration: Duration,
}

/// A judged submission.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Report {
    pub problem: String,
    pub language: Language,
    pub file: String,
    pub verdict: Verdict,
    /// For CE and IE, and for a summary of the first failure.
    pub message: Option<String>,
    pub build: Option<BuildInfo>,
    pub tests: Vec<TestResult>,
    pub seed: u64,
    pub limits: PackLimits,
    /// The complexity check (verdict `off` when it did not run).
    pub complexity: ComplexityReport,
    /// The pack's limit turned into fuel for this language's user code.
    pub user_fuel_limit: u64,
    /// The report came from the verdict cache: no test ran this time.
    #[serde(default)]
    pub cached: bool,
}

impl Report {
    /// The first test that is not accepted.
    pub fn first_failure(&self) -> Option<&TestResult> {
        self.tests
            .iter()
            .find(|t| t.verdict.is_some_and(|v| !v.is_accepted()))
    }

    /// Whether the submission passes: accepted, and no complexity failure
    /// under `enforce`.
    pub fn passed(&self) -> bool {
        self.verdict.is_accepted() && !self.complexity.fails_submission()
    }
}

/// A submission that did not produce a runnable module.
#[derive(Debug, Clone)]
pub struct BuildFailure {
    pub verdict: Verdict,
    pub message: String,
}

/// A runnable submission.
pub struct Built {
    pub program: Program,
    pub info: BuildInfo,
}

/// Judges submissions against packs. Share one across threads.
pub struct Judge {
    sandbox: Sandbox,
    options: JudgeOptions,
    /// The on-disk cache, when `options.cache_dir` can be trusted.
    cache: Option<SealedDir>,
    /// The shared store, when `options.shared_store` can be trusted.
    shared: Option<SealedDir>,
    /// Generated call tests with their expected outputs, by cache key,
    /// shared while some run holds them (kept for the judge's lifetime, a
    /// large pack's generated tests held a `submit` at hundreds of MiB).
    prepared: Mutex<HashMap<String, Weak<PreparedCalls>>>,
    /// Generated inputs, by pack hash and test name, shared the same way.
    generated: Mutex<HashMap<String, Weak<GeneratedInput>>>,
    /// Toolchains detected by this judge, by language.
    toolchains: Mutex<HashMap<Language, Toolchain>>,
    /// Built checker programs, by pack content and program path.
    checkers: Mutex<HashMap<String, Program>>,
    /// Built reference solutions, by pack content and path; locked while
    /// one builds (see [`expected_ahead`]).
    references: Mutex<HashMap<String, Program>>,
    /// A lock per expected output being computed, by cache key.
    computing: Mutex<HashMap<String, Arc<Mutex<()>>>>,
}

/// The input of a generated test, before expected outputs are known.
#[derive(Debug, Clone, PartialEq)]
pub enum GeneratedInput {
    /// Class and function problems: the call sequence.
    Calls(Vec<Call>),
    /// Stdio problems: the program's stdin.
    Stdio(Vec<u8>),
}

impl GeneratedInput {
    /// The calls of a class or function test (none for a stdio test).
    pub fn calls(&self) -> &[Call] {
        match self {
            GeneratedInput::Calls(calls) => calls,
            GeneratedInput::Stdio(_) => &[],
        }
    }

    /// The bytes a solution reads on stdin for this input.
    pub fn stdin(&self, signature: &Signature) -> Result<Vec<u8>, String> {
        match self {
            GeneratedInput::Calls(calls) => wire::encode(signature, calls),
            GeneratedInput::Stdio(bytes) => Ok(bytes.clone()),
        }
    }
}

/// The reference language tried first for the expected outputs of
/// generated tests, whatever the submission's language: C builds in a
/// fraction of a second and its module compiles fastest, while a Go
/// reference is a second `go build` and a 2 MB Cranelift compile in a
/// first Go submit. Which reference answers never mattered past the first
/// submit (answers are cached per pack version and test, whichever
/// language asked). Without a C reference or toolchain the others follow
/// ([`Judge::reference_output`]).
const EXPECTED_FROM: Language = Language::C;

/// The native stack wasm calls run on (wasmtime's `max_wasm_stack`: one
/// setting per engine, so the same for every pack). A recursion level costs
/// about 55 bytes of it in a plain C DFS and about 180 in a C++ DFS through
/// `std::function`, so this takes either a million levels deep, as Kattis
/// (whose stack is the memory limit) and LeetCode do; deeper is a clean
/// stack-overflow RE. It is address space, touched only as deep as a run
/// recurses, and not counted in `memory_mib` (fuel bounds it: every call
/// costs some). Local arrays live on the linear-memory stack instead:
/// `[limits] stack_mib`.
pub const NATIVE_STACK_BYTES: usize = 256 << 20;

/// Limits for a generator program: generous, since a generator is trusted
/// pack content and runs once per test (then cached in memory).
const GENERATOR_LIMITS: PackLimits = PackLimits {
    fuel: 50_000_000_000,
    memory_mib: 1024,
    output_kib: 256 << 10,
    stack_mib: crate::pack::DEFAULT_STACK_MIB,
};

impl Judge {
    pub fn new(mut options: JudgeOptions) -> Result<Judge, JudgeError> {
        let cache = options.cache_dir.as_deref().and_then(|dir| {
            SealedDir::open(dir)
                .map_err(|e| {
                    tracing::warn!("not using the cache directory: {e}; judging without it")
                })
                .ok()
        });
        // Go's cache is content-addressed, but it must still be ours alone.
        let go_cache = &mut options.compile_limits.go_build_cache;
        if let Some(Err(e)) = go_cache.as_deref().map(sandbox::private_dir) {
            tracing::warn!("not using the Go build cache: {e}; compiling Go without it");
            *go_cache = None;
        }
        let shared = options.shared_store.as_ref().and_then(StoreLocation::open);
        let sandbox = Sandbox::new(SandboxConfig {
            cache_dir: cache.as_ref().map(|c| c.root().join("sandbox")),
            function_cache_dir: options.function_cache.clone(),
            // Executed code: under the shared store's key, kept outside.
            function_cache_key: options.shared_store.as_ref().map(|s| s.key.clone()),
            max_wasm_stack: NATIVE_STACK_BYTES,
            ..SandboxConfig::default()
        })?;
        Ok(Judge {
            sandbox,
            options,
            cache,
            shared,
            prepared: Mutex::new(HashMap::new()),
            generated: Mutex::new(HashMap::new()),
            toolchains: Mutex::new(HashMap::new()),
            checkers: Mutex::new(HashMap::new()),
            references: Mutex::new(HashMap::new()),
            computing: Mutex::new(HashMap::new()),
        })
    }

    /// The toolchain for `lang`: detected once per judge, and across
    /// processes through the shared store (else the cache directory) while
    /// its binaries are unchanged (see [`toolchain::detect_cache`]).
    pub fn toolchain(&self, lang: Language) -> Result<Toolchain, ToolchainError> {
        if let Some(found) = self
            .toolchains
            .lock()
            .ok()
            .and_then(|m| m.get(&lang).cloned())
        {
            return Ok(found);
        }
        let found =
            toolchain::detect_cached(lang, &DetectEnv::from_process(), self.detection_cache())?;
        if let Ok(mut map) = self.toolchains.lock() {
            map.insert(lang, found.clone());
        }
        Ok(found)
    }

    /// Where detected toolchains are cached: the shared store, else the
    /// cache directory.
    fn detection_cache(&self) -> Option<&SealedDir> {
        self.shared.as_ref().or(self.cache.as_ref())
    }

    pub fn options(&self) -> &JudgeOptions {
        &self.options
    }

    /// Compiles (or loads) a submission into a runnable program.
    pub fn build(&self, pack: &Pack, submission: &Submission) -> Result<Built, BuildFailure> {
        self.build_as(pack, &pack.signature, submission, true)
    }

    /// Compiles a submission against `signature` (a generator program is
    /// built as a stdio program whatever the pack's kind, in any language).
    /// A `solution` must be in an offered language and gets the pack's
    /// stack; the pack's own programs get neither rule.
    fn build_as(
        &self,
        pack: &Pack,
        signature: &Signature,
        submission: &Submission,
        solution: bool,
    ) -> Result<Built, BuildFailure> {
        let started = Instant::now();
        let (wasm, cached) = self.wasm_of(pack, signature, submission, solution, &[])?;
        let program = self.load(&wasm, submission.language)?;
        Ok(Built {
            program,
            info: BuildInfo {
                cached,
                duration: started.elapsed(),
            },
        })
    }

    /// The submission's module bytes, compiled or from the compile cache,
    /// and whether they came from the cache. A cache hit costs a file read:
    /// no compiler, no Cranelift, no wasmtime. `solution` as in
    /// [`Judge::build_as`].
    fn wasm_of(
        &self,
        pack: &Pack,
        signature: &Signature,
        submission: &Submission,
        solution: bool,
        extra_files: &[driver::SourceFile],
    ) -> Result<(Vec<u8>, bool), BuildFailure> {
        Ok(if submission.language == Language::Wasm {
            (submission.bytes.clone(), true)
        } else {
            if solution && !pack.offers(submission.language) {
                return Err(BuildFailure {
                    verdict: Verdict::CompileError,
                    message: format!(
                        "`{}` does not offer {} solutions (it offers {}){}",
                        pack.id,
                        submission.language,
                        pack.languages
                            .iter()
                            .map(|l| l.name())
                            .collect::<Vec<_>>()
                            .join(", "),
                        pack.languages_reason()
                            .map(|why| format!(": {why}"))
                            .unwrap_or_default()
                    ),
                });
            }
            let concurrent = pack.kind == Kind::Concurrent && *signature == pack.signature;
            let (lang, file, bytes) = (submission.language, &submission.file, &submission.bytes);
            let mut tree = if concurrent {
                driver::generate_concurrent(lang, signature, file, bytes)
            } else {
                driver::generate(lang, signature, file, bytes)
            }
            .map_err(|e| BuildFailure {
                verdict: Verdict::CompileError,
                message: e.to_string(),
            })?;
            for extra in extra_files {
                if tree.file(&extra.name).is_none() {
                    tree.files.push(extra.clone());
                }
            }
            // A solution gets the pack's stack; the pack's own programs
            // (checkers, generators) the default one.
            let stack = if solution {
                pack.limits.stack_bytes()
            } else {
                toolchain::DEFAULT_STACK_BYTES
            };
            let toolchain = self
                .toolchain(submission.language)
                .map_err(|e| BuildFailure {
                    verdict: Verdict::InternalError,
                    message: e.to_string(),
                })?
                .with_stack(stack);
            toolchain::compile_cached(
                self.cache.as_ref(),
                &toolchain,
                &tree,
                &self.options.compile_limits,
                sandbox::WASMTIME_VERSION,
            )
            .map_err(|e| BuildFailure {
                verdict: match e {
                    CompileFailure::Internal(_) => Verdict::InternalError,
                    _ => Verdict::CompileError,
                },
                message: e.to_string(),
            })?
        })
    }

    /// Loads module bytes into the sandbox (validated, compiled or taken
    /// from the sandbox's module cache).
    fn load(&self, wasm: &[u8], language: Language) -> Result<Program, BuildFailure> {
        // A module the sandbox refuses is the submission's doing (an
        // undefined `extern` function becomes an import, a `_start` may be
        // redefined): a compile error naming the import or export.
        self.sandbox.load(wasm).map_err(|e| BuildFailure {
            verdict: Verdict::CompileError,
            message: match (&e, language) {
                (_, Language::Wasm) => e.to_string(),
                (sandbox::LoadError::ForbiddenImport { module, name }, _) => format!(
                    "`{name}` is declared but never defined: the program imports `{module}::{name}`, and only WASI preview 1 (`wasi_snapshot_preview1`) functions can be imported"
                ),
                _ => format!("the compiled program cannot run: {e}"),
            },
        })
    }

    /// Judges a submission against every test of a pack. The expected
    /// outputs no store holds yet are computed meanwhile, beside the
    /// solution's compile ([`expected_ahead`]).
    pub fn judge(
        &self,
        pack: &Pack,
        submission: &Submission,
        events: &mut dyn FnMut(Event<'_>),
    ) -> Report {
        // Without a store, what is computed ahead would not be kept.
        let stored = self.shared.is_some() || self.cache.is_some();
        let missing = (0..pack.generated.len()).any(|i| !self.expected_stored(pack, i));
        if !(stored && missing) {
            return self.judge_now(pack, submission, events);
        }
        let cancel = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let ahead = std::thread::Builder::new()
                .name("expected-ahead".into())
                .spawn_scoped(scope, || self.prepare_expected_ahead(pack, &cancel));
            if let Err(e) = ahead {
                tracing::warn!("cannot compute expected outputs ahead: {e}");
            }
            let report = self.judge_now(pack, submission, events);
            // What the tests did not need (after a first failure, or a
            // cached verdict) is left for the next submit.
            cancel.store(true, Ordering::SeqCst);
            report
        })
    }

    fn judge_now(
        &self,
        pack: &Pack,
        submission: &Submission,
        events: &mut dyn FnMut(Event<'_>),
    ) -> Report {
        let mut report = Report {
            problem: pack.id.clone(),
            language: submission.language,
            file: submission.file.clone(),
            verdict: Verdict::Accepted,
            message: None,
            build: None,
            tests: Vec::new(),
            seed: self.options.seed,
            limits: pack.limits,
            complexity: ComplexityReport::off(
                self.options.complexity,
                "not measured: the solution did not build",
            ),
            user_fuel_limit: pack.user_fuel_limit(submission.language),
            cached: false,
        };
        if submission.language != Language::Wasm {
            events(Event::CompileStarted {
                language: submission.language,
            });
        }
        let started = Instant::now();
        let (wasm, compile_cached) =
            match self.wasm_of(pack, &pack.signature, submission, true, &[]) {
                Ok(found) => found,
                Err(failure) => return build_failed(report, failure, events),
            };
        let verdicts = self.verdict_cache_entry(&wasm, pack, submission.language);
        if let Some(mut hit) = verdicts
            .as_ref()
            .and_then(|(c, n)| verdict_cache::load(c, n))
        {
            hit.file.clone_from(&submission.file);
            hit.build = Some(BuildInfo {
                cached: compile_cached,
                duration: started.elapsed(),
            });
            return replay(hit, submission.language, events);
        }
        let built = match self.load(&wasm, submission.language) {
            Ok(program) => Built {
                program,
                info: BuildInfo {
                    cached: compile_cached,
                    duration: started.elapsed(),
                },
            },
            Err(failure) => return build_failed(report, failure, events),
        };
        drop(wasm);
        if submission.language != Language::Wasm {
            events(Event::CompileFinished {
                cached: built.info.cached,
                duration: built.info.duration,
            });
        }
        report.build = Some(built.info.clone());
        let total = pack.tests.len() + pack.generated.len();
        let jobs = self.options.test_jobs.clamp(1, total.max(1));
        let stop = self.options.stop_at_first_failure;
        let next = AtomicUsize::new(0);
        let first_failure = AtomicUsize::new(usize::MAX);
        let gate = MemoryGate::new(self.options.run_memory_budget);
        let (sender, receiver) = mpsc::channel::<(usize, TestResult)>();
        std::thread::scope(|scope| {
            let mut started = 0;
            for _ in 0..jobs {
                let sender = sender.clone();
                let (next, first_failure, program, gate) =
                    (&next, &first_failure, &built.program, &gate);
                let work = move || loop {
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    if index >= total {
                        break;
                    }
                    let result = if stop && index > first_failure.load(Ordering::SeqCst) {
                        skipped(self.test_name(pack, index))
                    } else {
                        let lang = submission.language;
                        let result = self.run_test(pack, program, index, lang, Some(gate));
                        if result.verdict.is_some_and(|v| !v.is_accepted()) {
                            first_failure.fetch_min(index, Ordering::SeqCst);
                        }
                        result
                    };
                    if sender.send((index, result)).is_err() {
                        break;
                    }
                };
                // Runner threads run every test inline; without one, runs
                // still work, each handed to the sandbox's pool.
                match self.sandbox.spawn_runner(scope, work) {
                    Ok(_) => started += 1,
                    Err(e) => tracing::warn!("cannot start a test runner thread: {e}"),
                }
            }
            if started == 0 {
                for index in 0..total {
                    let lang = submission.language;
                    let result = self.run_test(pack, &built.program, index, lang, None);
                    if sender.send((index, result)).is_err() {
                        break;
                    }
                }
            }
            drop(sender);
            // Results arrive in any order; events and the report follow test
            // order, so the output is the same whatever the parallelism.
            let mut pending = BTreeMap::new();
            let mut failed = false;
            for (index, result) in receiver {
                pending.insert(index, result);
                while let Some(mut result) = pending.remove(&report.tests.len()) {
                    let index = report.tests.len();
                    if failed && stop {
                        result = skipped(result.name);
                    } else {
                        events(Event::TestStarted {
                            index,
                            total,
                            name: &result.name,
                        });
                        failed |= result.verdict.is_some_and(|v| !v.is_accepted());
                        events(Event::TestFinished {
                            index,
                            total,
                            result: &result,
                        });
                    }
                    report.tests.push(result);
                }
            }
        });
        report.verdict = overall(report.tests.iter().filter_map(|t| t.verdict));
        report.message = report.first_failure().and_then(|t| t.message.clone());
        report.complexity = self.complexity(pack, &built.program, report.verdict);
        if let Some((cache, name)) = &verdicts {
            verdict_cache::store(cache, name, &report);
        }
        events(Event::Finished { report: &report });
        report
    }

    /// Where the verdict of `wasm` on `pack` is cached, when the verdict
    /// cache is on and there is a cache directory.
    fn verdict_cache_entry<'c>(
        &'c self,
        wasm: &[u8],
        pack: &Pack,
        language: Language,
    ) -> Option<(&'c SealedDir, String)> {
        let cache = self.cache.as_ref().filter(|_| self.options.verdict_cache)?;
        Some((
            cache,
            verdict_cache::entry_name(wasm, language, pack, &self.options),
        ))
    }

    /// Measures a submission's growth whatever its tests' verdict (`pack
    /// validate` measures known-slow solutions that are also `TLE`).
    pub fn measure_complexity(&self, pack: &Pack, submission: &Submission) -> ComplexityReport {
        match self.build(pack, submission) {
            Ok(built) => self.complexity(pack, &built.program, Verdict::Accepted),
            Err(failure) => ComplexityReport::off(
                self.options.complexity,
                &format!("not measured: {}", failure.message),
            ),
        }
    }

    /// Measures the solution's growth when the pack declares a requirement,
    /// the check is on and every test passed.
    pub fn complexity(&self, pack: &Pack, program: &Program, verdict: Verdict) -> ComplexityReport {
        let mode = self.options.complexity;
        let Some(spec) = &pack.complexity else {
            return ComplexityReport::off(mode, "the problem declares no required complexity");
        };
        if mode == Mode::Off {
            return ComplexityReport::off(mode, "the complexity check is off");
        }
        if !verdict.is_accepted() {
            return ComplexityReport::off(mode, "not measured: the tests did not all pass");
        }
        let meter = ProgramMeter {
            program,
            signature: &pack.signature,
            seed: test_seed(self.options.seed, "complexity"),
            limits: run_limits(&pack.limits, fuel_limits::total_fuel_cap(pack.limits.fuel)),
        };
        complexity::measure(spec, &pack.signature, mode, &meter)
    }

    fn test_name(&self, pack: &Pack, index: usize) -> String {
        match pack.tests.get(index) {
            Some(test) => test.name.clone(),
            None => pack.generated[index - pack.tests.len()].name.clone(),
        }
    }

    /// The test at `index`: hand-written first, then generated.
    pub fn test(&self, pack: &Pack, index: usize) -> Result<TestCase, String> {
        let loaded = self.load_test(pack, index)?;
        let body = match loaded.view() {
            TestView::Calls { calls, expected } => TestBody::Calls {
                calls: calls.to_vec(),
                expected: Some(expected.to_vec()),
            },
            TestView::Prepared(prepared) => TestBody::Calls {
                calls: self.generated_calls(pack, index)?.calls().to_vec(),
                expected: Some(prepared.expected_values()?),
            },
            TestView::Stdio { input, answer } => TestBody::Stdio {
                input: input.to_vec(),
                answer: answer.to_vec(),
            },
            TestView::Concurrent(test) => TestBody::Concurrent(test.clone()),
        };
        Ok(TestCase {
            name: self.test_name(pack, index),
            file: loaded.file,
            body,
        })
    }

    /// The test at `index`, borrowed from the pack or shared with the
    /// generated-test caches: a run copies none of its (large) data.
    fn load_test<'a>(&self, pack: &'a Pack, index: usize) -> Result<LoadedTest<'a>, String> {
        if let Some(test) = pack.tests.get(index) {
            return Ok(LoadedTest {
                file: test.file.clone(),
                data: TestData::Written(&test.body),
            });
        }
        let generated_index = index - pack.tests.len();
        let spec = &pack.generated[generated_index];
        let data = if pack.signature == Signature::Stdio {
            let input = self.generated_input(pack, generated_index)?;
            let GeneratedInput::Stdio(stdin) = &*input else {
                return Err(format!(
                    "generated test `{}` is not a stdio test",
                    spec.name
                ));
            };
            let answer = self.answer_for(pack, &spec.name, stdin, EXPECTED_FROM)?;
            TestData::GeneratedStdio { input, answer }
        } else {
            TestData::GeneratedCalls(self.prepared_calls(pack, generated_index, EXPECTED_FROM)?)
        };
        Ok(LoadedTest {
            file: spec
                .program
                .as_ref()
                .map_or("problem.toml".into(), |p| p.path.clone()),
            data,
        })
    }

    /// The calls of the generated test at pack index `index` (regenerated
    /// or cached in memory): what failure reports quote.
    fn generated_calls(&self, pack: &Pack, index: usize) -> Result<Arc<GeneratedInput>, String> {
        let input = self.generated_input(pack, index - pack.tests.len())?;
        match &*input {
            GeneratedInput::Calls(_) => Ok(input),
            GeneratedInput::Stdio(_) => Err("a stdio test has no calls".into()),
        }
    }

    /// A generated call test with its expected outputs: cached in memory and
    /// (sealed) on disk by pack content and test name, else generated and
    /// answered by the reference solution.
    fn prepared_calls(
        &self,
        pack: &Pack,
        generated_index: usize,
        prefer: Language,
    ) -> Result<Arc<PreparedCalls>, String> {
        let name = &pack.generated[generated_index].name;
        let (key, entry) = self.answer_cache(pack, name, "\ncalls", "calls");
        if let Some(found) = self
            .prepared
            .lock()
            .ok()
            .and_then(|m| m.get(&key).and_then(Weak::upgrade))
        {
            return Ok(found);
        }
        // One thread computes it; another that needs it waits, then reads it.
        let flight = self.computing(&key);
        let _computing = flight.lock().unwrap_or_else(PoisonError::into_inner);
        let prepared = match self.read_cache(&entry).and_then(PreparedCalls::from_bytes) {
            Some(prepared) => prepared,
            None => {
                // Not kept in memory: only a failure report needs the calls.
                let input = self.generate_input(pack, generated_index)?;
                let calls = input.calls();
                let stdin = wire::encode(&pack.signature, calls)?;
                let prepared = self.run_reference(pack, name, stdin, calls.len(), prefer)?;
                self.write_cache(&entry, &prepared.to_bytes());
                prepared
            }
        };
        let prepared = Arc::new(prepared);
        if let Ok(mut map) = self.prepared.lock() {
            map.insert(key, Arc::downgrade(&prepared));
        }
        Ok(prepared)
    }

    /// The input of a generated test (cached in memory).
    pub fn generated_input(
        &self,
        pack: &Pack,
        generated_index: usize,
    ) -> Result<Arc<GeneratedInput>, String> {
        let spec = &pack.generated[generated_index];
        let key = format!("{}/{}", pack.content_hash, spec.name);
        if let Some(input) = self
            .generated
            .lock()
            .ok()
            .and_then(|m| m.get(&key).and_then(Weak::upgrade))
        {
            return Ok(input);
        }
        let input = Arc::new(self.generate_input(pack, generated_index)?);
        if let Ok(mut map) = self.generated.lock() {
            map.insert(key, Arc::downgrade(&input));
        }
        Ok(input)
    }

    /// Generates a test's input afresh (no cache): draws the declared calls,
    /// or builds and runs the generator program with the seed on stdin.
    pub fn generate_input(
        &self,
        pack: &Pack,
        generated_index: usize,
    ) -> Result<GeneratedInput, String> {
        let spec = &pack.generated[generated_index];
        let Some(program) = &spec.program else {
            return Ok(GeneratedInput::Calls(spec.generate(&pack.signature)));
        };
        let submission = Submission::of_pack_file(&program.path, program.language, &program.bytes);
        let built = self
            .build_as(pack, &Signature::Stdio, &submission, false)
            .map_err(|f| {
                format!(
                    "the generator {} of test `{}` failed to build: {}",
                    program.path, spec.name, f.message
                )
            })?;
        let outcome = built.program.run(&RunRequest {
            stdin: format!("{}\n", spec.seed).as_bytes(),
            seed: spec.seed,
            limits: run_limits(&GENERATOR_LIMITS, GENERATOR_LIMITS.fuel),
        });
        if outcome.end != RunEnd::Exited(0) {
            return Err(with_stderr(
                format!(
                    "the generator {} of test `{}` did not finish: {}",
                    program.path, spec.name, outcome.end
                ),
                &outcome.stderr,
            ));
        }
        if pack.signature == Signature::Stdio {
            return Ok(GeneratedInput::Stdio(outcome.stdout));
        }
        let text = String::from_utf8(outcome.stdout).map_err(|_| {
            format!(
                "the generator {} of test `{}` printed text that is not UTF-8",
                program.path, spec.name
            )
        })?;
        crate::vectors::parse_input(&text, &pack.signature)
            .map(GeneratedInput::Calls)
            .map_err(|(line, message)| {
                format!(
                    "the generator {} of test `{}` printed an invalid input{}: {message}",
                    program.path,
                    spec.name,
                    line.map(|l| format!(" (line {l} of its output)"))
                        .unwrap_or_default()
                )
            })
    }

    fn run_test(
        &self,
        pack: &Pack,
        program: &Program,
        index: usize,
        language: Language,
        gate: Option<&MemoryGate>,
    ) -> TestResult {
        let name = self.test_name(pack, index);
        let seed = test_seed(self.options.seed, &name);
        let mut result = TestResult {
            name: name.clone(),
            verdict: Some(Verdict::InternalError),
            fuel: 0,
            user_fuel: 0,
            memory_bytes: 0,
            wall: Duration::ZERO,
            message: None,
            failure: None,
            seed,
            program_output: String::new(),
            answers: None,
        };
        let loaded = match self.load_test(pack, index) {
            Ok(loaded) => loaded,
            Err(message) => {
                result.message = Some(message);
                return result;
            }
        };
        let test = loaded.view();
        if let TestView::Concurrent(test) = test {
            self.run_concurrent(pack, program, test, language, &mut result);
            return result;
        }
        if let (Some(interactor), TestView::Stdio { input, answer }) =
            (pack.interactor_for(&name), test)
        {
            let files = interaction_runs::TestFiles { input, answer };
            self.run_interaction(pack, program, interactor, files, language, &mut result);
            return result;
        }
        let encoded;
        let stdin = match test {
            TestView::Calls { calls, .. } => match wire::encode(&pack.signature, calls) {
                Ok(bytes) => {
                    encoded = bytes;
                    &encoded[..]
                }
                Err(message) => {
                    result.message = Some(format!("cannot encode the test: {message}"));
                    return result;
                }
            },
            TestView::Prepared(prepared) => prepared.stdin(),
            TestView::Stdio { input, .. } => input,
            TestView::Concurrent(_) => &[],
        };
        let user_limit = pack.user_fuel_limit(language);
        let cap = fuel_limits::total_fuel_cap(user_limit);
        // In flight until this test is judged: its results are checked
        // with the run's output at hand.
        let mut pass = gate.map(|g| g.enter(stdin.len()));
        let outcome = program.run(&RunRequest {
            stdin,
            seed,
            limits: run_limits(&pack.limits, cap),
        });
        if let Some(pass) = &mut pass {
            pass.record(memory_gate::held(&outcome));
        }
        let output = match test {
            TestView::Stdio { .. } => None,
            _ => Some(wire::decode_raw(&outcome.channel, outcome.fuel_consumed)),
        };
        result.fuel = outcome.fuel_consumed;
        result.user_fuel = output.as_ref().map_or(outcome.fuel_consumed, |o| {
            o.user_fuel(outcome.fuel_consumed)
        });
        result.memory_bytes = outcome.peak_memory_bytes;
        result.wall = outcome.wall_time;
        if self.options.keep_answers {
            result.answers = Some(match &output {
                Some(output) => Answers::Calls(
                    output
                        .results
                        .iter()
                        .map_while(|line| match wire::result_line(line) {
                            ResultLine::Value(v) => Some(v),
                            _ => None,
                        })
                        .collect(),
                ),
                None => Answers::Stdout(outcome.stdout.clone()),
            });
        }
        let (verdict, message) =
            solution_verdict(&outcome, result.user_fuel, user_limit, cap, &pack.limits);
        result.verdict = Some(verdict);
        result.message = message;
        // The program's stdout is wholly its own (results travel on the
        // result channel), shown on failure.
        if verdict != Verdict::Accepted {
            result.program_output = truncate(&String::from_utf8_lossy(&outcome.stdout), 2000);
            return result;
        }
        match test {
            TestView::Stdio { input, answer } => {
                result.program_output = String::new();
                let checker = pack.checker_for(&name);
                let checked = match checker.program() {
                    Some(program) => self.check_stdio_with_program(
                        pack,
                        program,
                        input,
                        answer,
                        &outcome.stdout,
                        &name,
                    ),
                    None => checker
                        .compare_output(answer, &outcome.stdout)
                        .map_err(|message| (Verdict::WrongAnswer, message)),
                };
                if let Err((verdict, message)) = checked {
                    result.verdict = Some(verdict);
                    result.message = Some(message);
                }
            }
            TestView::Calls { calls, expected } => {
                result.program_output = truncate(&String::from_utf8_lossy(&outcome.stdout), 2000);
                let output = output.unwrap_or_default().parsed();
                let checked = check_calls(&pack.checker, calls, expected, &output)
                    .and_then(|()| self.program_check_calls(pack, calls, expected, &output, &name));
                if let Err(failed) = checked {
                    let (verdict, message, failure) = *failed;
                    result.verdict = Some(verdict);
                    result.message = Some(message);
                    result.failure = failure;
                }
            }
            TestView::Concurrent(_) => {}
            TestView::Prepared(prepared) => {
                result.program_output = truncate(&String::from_utf8_lossy(&outcome.stdout), 2000);
                let output = output.unwrap_or_default();
                // The randomized-set checker accepts answers that differ
                // from the reference's; every other checker accepts equal text.
                // Checker programs judge every answer, the reference's too.
                let exact = !matches!(pack.checker, Checker::RandomizedSet | Checker::Program(_))
                    && prepared.matches_exactly(&output.results);
                if !exact {
                    if let Err(failed) = self.check_prepared(pack, index, prepared, &output) {
                        let (verdict, message, failure) = *failed;
                        result.verdict = Some(verdict);
                        result.message = Some(message);
                        result.failure = failure;
                    }
                }
            }
        }
        result
    }

    /// Runs a concurrent test: one run explores every schedule (seeded by
    /// the test's seed), then each history is checked
    /// ([`concurrent::run::judge`]). The time limit covers the whole run.
    fn run_concurrent(
        &self,
        pack: &Pack,
        program: &Program,
        test: &ConcurrentTest,
        language: Language,
        result: &mut TestResult,
    ) {
        let Checker::Linearizable(model) = pack.checker else {
            result.message = Some("a concurrent test needs the linearizable checker".into());
            return;
        };
        let stdin = match test.encode(&pack.signature, result.seed, pack.schedules) {
            Ok(stdin) => stdin,
            Err(message) => {
                result.message = Some(format!("cannot encode the test: {message}"));
                return;
            }
        };
        let user_limit = pack.user_fuel_limit(language);
        let outcome = program.run(&RunRequest {
            stdin: &stdin,
            seed: result.seed,
            limits: run_limits(&pack.limits, user_limit),
        });
        result.fuel = outcome.fuel_consumed;
        result.user_fuel = outcome.fuel_consumed;
        result.memory_bytes = outcome.peak_memory_bytes;
        result.wall = outcome.wall_time;
        let limit_verdict = match &outcome.end {
            RunEnd::OutOfFuel => Some((
                Verdict::TimeLimitExceeded,
                format!("the run used all {user_limit} fuel, the time limit of all {} schedules together (counted in WebAssembly instructions)", pack.schedules),
            )),
            RunEnd::MemoryLimit => Some((
                Verdict::MemoryLimitExceeded,
                format!("needed more than the {} MiB memory limit", pack.limits.memory_mib),
            )),
            RunEnd::OutputLimit => Some((
                Verdict::OutputLimitExceeded,
                format!("wrote more than the {} KiB output limit", pack.limits.output_kib),
            )),
            RunEnd::WallClock => Some((
                Verdict::InternalError,
                "the judge's wall-clock backstop fired; this is the judge's fault".into(),
            )),
            RunEnd::HostError(message) => Some((Verdict::InternalError, message.clone())),
            _ => None,
        };
        let crash = concurrent::run::crash_of(&outcome.end, &outcome.stderr);
        let judged =
            concurrent::run::judge(model, test, pack.schedules, &outcome, limit_verdict, crash);
        result.verdict = Some(judged.verdict);
        result.message = judged.message;
        if judged.verdict != Verdict::Accepted {
            result.program_output = truncate(&String::from_utf8_lossy(&outcome.stdout), 2000);
        }
    }

    /// The checker's comparison of a generated call test, with the calls
    /// regenerated and the expected outputs parsed for it.
    fn check_prepared(
        &self,
        pack: &Pack,
        index: usize,
        prepared: &PreparedCalls,
        output: &wire::RawOutput<'_>,
    ) -> Result<(), CheckFailure> {
        if pack.checker == Checker::RandomizedSet
            && randomized_runs::accepts(&pack.signature, prepared, output)
        {
            return Ok(());
        }
        let internal = |message: String| Box::new((Verdict::InternalError, message, None));
        let input = self.generated_calls(pack, index).map_err(internal)?;
        let expected = prepared.expected_values().map_err(internal)?;
        let output = output.parsed();
        check_calls(&pack.checker, input.calls(), &expected, &output)?;
        let name = self.test_name(pack, index);
        self.program_check_calls(pack, input.calls(), &expected, &output, &name)
    }

    /// A class or function test's results judged by the pack's checker
    /// program, when it has one (after `check_calls` found them complete).
    fn program_check_calls(
        &self,
        pack: &Pack,
        calls: &[Call],
        expected: &[Value],
        output: &wire::DriverOutput,
        name: &str,
    ) -> Result<(), CheckFailure> {
        let Some(program) = pack.checker_for(name).program() else {
            return Ok(());
        };
        let actual: Vec<Value> = output
            .results
            .iter()
            .filter_map(|line| match line {
                ResultLine::Value(v) => Some(v.clone()),
                _ => None,
            })
            .collect();
        self.check_calls_with_program(pack, program, calls, expected, &actual, name)
            .map_err(|(verdict, message)| {
                let message = match verdict {
                    Verdict::WrongAnswer => format!("the checker rejected the results: {message}"),
                    _ => message,
                };
                Box::new((verdict, message, None))
            })
    }

    /// Where the reference's answer to a generated test is cached: the key
    /// covers the pack's content, the test and the format version.
    fn answer_cache(
        &self,
        pack: &Pack,
        name: &str,
        kind: &str,
        extension: &str,
    ) -> (String, String) {
        let key = hex::encode(
            &Sha256::digest(format!(
                "{}\n{}\n{}{kind}",
                pack.content_hash,
                name,
                crate::pack::FORMAT_VERSION
            ))[..16],
        );
        let name = format!("expected/{key}.{extension}");
        (key, name)
    }

    /// An authenticated expected-output entry (absent, forged or damaged:
    /// `None`): from the shared store, else from the cache directory (then
    /// copied into the shared store for the next cache directory).
    fn read_cache(&self, entry: &str) -> Option<Vec<u8>> {
        let shared_name = shared_store::entry_name(entry);
        if let Some(found) = self.shared.as_ref().and_then(|s| s.read(&shared_name)) {
            return Some(found);
        }
        let found = self.cache.as_ref()?.read(entry)?;
        if let Some(shared) = &self.shared {
            write_entry(shared, &shared_name, &found);
        }
        Some(found)
    }

    /// Caches an expected-output entry in the shared store and the cache
    /// directory (which a CI job may save and restore without the shared
    /// store's key); a failure only costs a recomputation.
    fn write_cache(&self, entry: &str, bytes: &[u8]) {
        if let Some(shared) = &self.shared {
            write_entry(shared, &shared_store::entry_name(entry), bytes);
        }
        if let Some(cache) = &self.cache {
            write_entry(cache, entry, bytes);
        }
    }

    /// The answer of a generated stdio test: the reference solution's
    /// stdout, cached on disk by pack content and test name.
    fn answer_for(
        &self,
        pack: &Pack,
        name: &str,
        stdin: &[u8],
        prefer: Language,
    ) -> Result<Vec<u8>, String> {
        let (key, entry) = self.answer_cache(pack, name, "\nstdio", "ans");
        let flight = self.computing(&key);
        let _computing = flight.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(bytes) = self.read_cache(&entry) {
            return Ok(bytes);
        }
        let (outcome, _) = self.reference_output(pack, name, stdin, prefer)?;
        self.write_cache(&entry, &outcome.stdout);
        Ok(outcome.stdout)
    }

    /// Runs the reference solution on a generated test's `calls` calls
    /// (encoded as `stdin`) to get its expected outputs, in the
    /// submission's language when possible.
    fn run_reference(
        &self,
        pack: &Pack,
        name: &str,
        stdin: Vec<u8>,
        calls: usize,
        prefer: Language,
    ) -> Result<PreparedCalls, String> {
        let (outcome, path) = self.reference_output(pack, name, &stdin, prefer)?;
        let output = wire::decode_raw(&outcome.channel, outcome.fuel_consumed);
        let answered = output
            .results
            .iter()
            .take_while(|line| matches!(wire::result_line(line), ResultLine::Value(_)))
            .count();
        if answered != calls || output.results.len() != calls || !output.ended {
            return Err(format!(
                "the reference solution {path} answered {answered} of {calls} calls on generated test `{name}`"
            ));
        }
        Ok(PreparedCalls::new(stdin, output.results))
    }

    /// The reference's answers to `calls` (what `judge run` shows as
    /// expected), in the submission's language when possible.
    pub fn reference_values(
        &self,
        pack: &Pack,
        name: &str,
        calls: &[Call],
        prefer: Language,
    ) -> Result<Vec<Value>, String> {
        let stdin = wire::encode(&pack.signature, calls)?;
        self.run_reference(pack, name, stdin, calls.len(), prefer)?
            .expected_values()
    }

    /// Runs a reference solution on `stdin`; returns how it ran and its path.
    pub fn reference_output(
        &self,
        pack: &Pack,
        name: &str,
        stdin: &[u8],
        prefer: Language,
    ) -> Result<(sandbox::Outcome, String), String> {
        let (lang, reference) = self.reference_choice(pack, name, prefer)?;
        let program = self.reference_program(pack, lang, reference)?;
        let outcome = program.run(&RunRequest {
            stdin,
            seed: test_seed(DEFAULT_SEED, name),
            limits: run_limits(
                &pack.limits,
                fuel_limits::total_fuel_cap(pack.user_fuel_limit(lang)),
            ),
        });
        if outcome.end != RunEnd::Exited(0) {
            return Err(format!(
                "the reference solution {} did not finish generated test `{name}`: {}",
                reference.path, outcome.end
            ));
        }
        Ok((outcome, reference.path.clone()))
    }

    /// The reference that answers generated test `name`, in `prefer` when
    /// possible, else the first of C, C++, Rust and Go with a reference and
    /// a toolchain here.
    fn reference_choice<'p>(
        &self,
        pack: &'p Pack,
        name: &str,
        prefer: Language,
    ) -> Result<(Language, &'p crate::pack::PackSource), String> {
        let mut order: Vec<Language> = vec![
            prefer,
            Language::C,
            Language::Cpp,
            Language::Rust,
            Language::Go,
        ];
        order.dedup();
        let mut tried = Vec::new();
        for lang in order {
            let Some(reference) = pack.references.get(&lang) else {
                continue;
            };
            if self.toolchain(lang).is_err() {
                tried.push(lang.name());
                continue;
            }
            return Ok((lang, reference));
        }
        Err(format!(
            "generated test `{name}` needs a reference solution that can be compiled here (no toolchain for: {}); run `judge toolchain install c`",
            if tried.is_empty() { "any reference language".to_string() } else { tried.join(", ") }
        ))
    }
}

/// Writes a cache entry; a failure only costs a recomputation.
fn write_entry(cache: &SealedDir, name: &str, bytes: &[u8]) {
    if let Err(e) = cache.write(name, bytes) {
        tracing::warn!("cannot cache expected outputs: {e}");
    }
}

/// Whole-run fuel of a built program: the complexity series' meter.
struct ProgramMeter<'a> {
    program: &'a Program,
    signature: &'a Signature,
    seed: u64,
    limits: Limits,
}

impl FuelMeter for ProgramMeter<'_> {
    fn run(&self, calls: &[Call]) -> Result<RunFuel, String> {
        let stdin = wire::encode(self.signature, calls)?;
        let outcome = self.program.run(&RunRequest {
            stdin: &stdin,
            seed: self.seed,
            limits: self.limits,
        });
        match outcome.end {
            RunEnd::Exited(0) => Ok(RunFuel {
                total: outcome.fuel_consumed,
                calls: wire::decode(&outcome.channel, outcome.fuel_consumed).call_fuel,
            }),
            end => Err(end.to_string()),
        }
    }
}

/// A test ready to run: hand-written ones borrowed from the pack, generated
/// ones shared with the caches.
struct LoadedTest<'a> {
    file: String,
    data: TestData<'a>,
}

enum TestData<'a> {
    Written(&'a TestBody),
    GeneratedCalls(Arc<PreparedCalls>),
    GeneratedStdio {
        input: Arc<GeneratedInput>,
        answer: Vec<u8>,
    },
}

/// What a run needs of a test, borrowed.
#[derive(Clone, Copy)]
enum TestView<'a> {
    Calls {
        calls: &'a [Call],
        expected: &'a [Value],
    },
    /// A generated call test: the calls are regenerated only to report a
    /// failure.
    Prepared(&'a PreparedCalls),
    Stdio {
        input: &'a [u8],
        answer: &'a [u8],
    },
    Concurrent(&'a ConcurrentTest),
}

impl LoadedTest<'_> {
    fn view(&self) -> TestView<'_> {
        match &self.data {
            TestData::Written(TestBody::Calls { calls, expected }) => TestView::Calls {
                calls,
                expected: expected.as_deref().unwrap_or(&[]),
            },
            TestData::Written(TestBody::Stdio { input, answer }) => {
                TestView::Stdio { input, answer }
            }
            TestData::Written(TestBody::Concurrent(test)) => TestView::Concurrent(test),
            TestData::GeneratedCalls(prepared) => TestView::Prepared(prepared),
            TestData::GeneratedStdio { input, answer } => TestView::Stdio {
                input: match &**input {
                    GeneratedInput::Stdio(stdin) => stdin,
                    GeneratedInput::Calls(_) => &[],
                },
                answer,
            },
        }
    }
}

/// The report of a submission that did not build.
fn build_failed(
    mut report: Report,
    failure: BuildFailure,
    events: &mut dyn FnMut(Event<'_>),
) -> Report {
    report.verdict = failure.verdict;
    report.message = Some(failure.message);
    events(Event::Finished { report: &report });
    report
}

/// A cached report, told to `events` as a run would have told it.
fn replay(report: Report, language: Language, events: &mut dyn FnMut(Event<'_>)) -> Report {
    if let (Some(build), true) = (&report.build, language != Language::Wasm) {
        events(Event::CompileFinished {
            cached: build.cached,
            duration: build.duration,
        });
    }
    let total = report.tests.len();
    for (index, result) in report.tests.iter().enumerate() {
        if result.verdict.is_none() {
            continue;
        }
        events(Event::TestStarted {
            index,
            total,
            name: &result.name,
        });
        events(Event::TestFinished {
            index,
            total,
            result,
        });
    }
    events(Event::Finished { report: &report });
    report
}

/// The verdict a run's end gives the solution before its output is
/// checked: TLE over its fuel limit, RE for a crash, MLE, OLE, IE when the
/// judge failed, else AC.
fn solution_verdict(
    outcome: &sandbox::Outcome,
    user_fuel: u64,
    user_limit: u64,
    cap: u64,
    limits: &PackLimits,
) -> (Verdict, Option<String>) {
    let over_time =
        user_fuel > user_limit && !matches!(outcome.end, RunEnd::WallClock | RunEnd::HostError(_));
    match &outcome.end {
        _ if over_time => (
            Verdict::TimeLimitExceeded,
            Some(format!(
                "your code used {} fuel, over its limit of {user_limit} (the time limit, counted in WebAssembly instructions)",
                user_fuel
            )),
        ),
        RunEnd::Exited(0) => (Verdict::Accepted, None),
        RunEnd::Exited(code) => (
            Verdict::RuntimeError,
            Some(with_stderr(
                format!("the program exited with code {code}"),
                &outcome.stderr,
            )),
        ),
        RunEnd::OutOfFuel => (
            Verdict::TimeLimitExceeded,
            Some(format!(
                "the run used all {cap} fuel, the cap on the whole run (your code's limit is {user_limit}; the time limit is counted in WebAssembly instructions)"
            )),
        ),
        RunEnd::MemoryLimit => (
            Verdict::MemoryLimitExceeded,
            Some(format!(
                "needed more than the {} MiB memory limit",
                limits.memory_mib
            )),
        ),
        RunEnd::OutputLimit => (
            Verdict::OutputLimitExceeded,
            Some(format!(
                "wrote more than the {} KiB output limit",
                limits.output_kib
            )),
        ),
        RunEnd::StackOverflow => (
            Verdict::RuntimeError,
            Some("stack overflow (unbounded or too deep recursion)".to_string()),
        ),
        RunEnd::Trap { kind, .. } => (
            Verdict::RuntimeError,
            Some(with_stderr(
                format!("runtime error: {kind}"),
                &outcome.stderr,
            )),
        ),
        RunEnd::WaitingForInput => (
            Verdict::TimeLimitExceeded,
            Some("waiting for input: your program and the interactor were both waiting to read, so neither could go on (did you flush your output?)".into()),
        ),
        RunEnd::WallClock => (
            Verdict::InternalError,
            Some("the judge's wall-clock backstop fired; this is the judge's fault".into()),
        ),
        RunEnd::HostError(message) => (Verdict::InternalError, Some(message.clone())),
    }
}

fn skipped(name: String) -> TestResult {
    TestResult {
        name,
        verdict: None,
        fuel: 0,
        user_fuel: 0,
        memory_bytes: 0,
        wall: Duration::ZERO,
        message: None,
        failure: None,
        seed: 0,
        program_output: String::new(),
        answers: None,
    }
}

/// The sandbox limits for a pack's limits, the whole run capped at `fuel`.
pub fn run_limits(limits: &PackLimits, fuel: u64) -> Limits {
    Limits {
        fuel,
        memory_bytes: limits.memory_mib << 20,
        stdout_bytes: limits.output_kib << 10,
        stderr_bytes: limits.output_kib << 10,
        ..Limits::default()
    }
}

/// Each test's seed: the base seed mixed with the test name, so adding a
/// test does not change the others' seeds.
pub fn test_seed(base: u64, name: &str) -> u64 {
    let digest = Sha256::digest(format!("{base}:{name}"));
    u64::from_le_bytes(digest[..8].try_into().unwrap_or([0; 8]))
}

pub(crate) fn with_stderr(message: String, stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let text = text.trim();
    if text.is_empty() {
        return message;
    }
    let lines: Vec<&str> = text.lines().collect();
    let tail = &lines[lines.len().saturating_sub(12)..];
    format!("{message}\n{}", tail.join("\n"))
}

/// `get(3)`, `LRUCache(2)`, `mergeKLists([[1,4,5],[1,3,4]])`.
pub fn call_text(call: &Call) -> String {
    let args: Vec<String> = call
        .args
        .iter()
        .map(|a| truncate(&a.to_string(), 60))
        .collect();
    format!("{}({})", call.method, args.join(", "))
}

const CONTEXT_CALLS: usize = 5;

fn failure_at(
    calls: &[Call],
    results: &[Value],
    index: usize,
    expected: Option<&Value>,
    actual: Option<String>,
) -> Failure {
    let start = index.saturating_sub(CONTEXT_CALLS);
    let context = (start..index)
        .map(|i| {
            let result = results
                .get(i)
                .map(|v| truncate(&v.to_string(), 60))
                .unwrap_or_default();
            format!("{} -> {}", call_text(&calls[i]), result)
        })
        .collect();
    Failure {
        call_number: index + 1,
        call: call_text(&calls[index]),
        expected: expected.map(|v| truncate(&v.to_string(), 200)),
        actual,
        context,
        omitted: start,
    }
}

/// Boxed: a failure carries several strings, and errors should stay small.
type CheckFailure = Box<(Verdict, String, Option<Failure>)>;

/// Checks a driver's results against the expected ones.
fn check_calls(
    checker: &Checker,
    calls: &[Call],
    expected: &[Value],
    output: &wire::DriverOutput,
) -> Result<(), CheckFailure> {
    let mut actual: Vec<Value> = Vec::with_capacity(calls.len());
    for (index, line) in output.results.iter().enumerate().take(calls.len()) {
        match line {
            ResultLine::Value(v) => actual.push(v.clone()),
            ResultLine::Violation(message) => {
                let failure = failure_at(calls, &actual, index, None, None);
                return Err(Box::new((
                    Verdict::WrongAnswer,
                    format!("call {} `{}`: {message}", index + 1, failure.call),
                    Some(failure),
                )));
            }
            ResultLine::Garbled(text) => {
                let failure = failure_at(calls, &actual, index, None, Some(truncate(text, 200)));
                return Err(Box::new((
                    Verdict::WrongAnswer,
                    format!(
                        "call {} `{}`: the result line is not valid JSON",
                        index + 1,
                        failure.call
                    ),
                    Some(failure),
                )));
            }
        }
    }
    if actual.len() < calls.len() {
        let index = actual.len();
        let failure = failure_at(calls, &actual, index, expected.get(index), None);
        return Err(Box::new((
            Verdict::RuntimeError,
            format!(
                "the program stopped after {} of {} calls, without answering call {} `{}`",
                index,
                calls.len(),
                index + 1,
                failure.call
            ),
            Some(failure),
        )));
    }
    if output.results.len() > calls.len() {
        return Err(Box::new((
            Verdict::WrongAnswer,
            format!("{} results for {} calls", output.results.len(), calls.len()),
            None,
        )));
    }
    if *checker == Checker::RandomizedSet {
        let records = calls.iter().map(|c| randomized_set::JsonCall {
            name: &c.method,
            args: &c.args,
        });
        let (want, got) = (expected.iter().cloned(), actual.iter().cloned());
        return randomized_set::check(records, want, got).map_err(|rejection| {
            let index = rejection.call_index.min(calls.len().saturating_sub(1));
            let failure = failure_at(
                calls,
                &actual,
                index,
                None,
                actual.get(index).map(|v| v.to_string()),
            );
            let verdict = if rejection.message.starts_with("test vector error") {
                Verdict::InternalError
            } else {
                Verdict::WrongAnswer
            };
            Box::new((
                verdict,
                format!(
                    "call {} `{}`: {}",
                    index + 1,
                    failure.call,
                    rejection.message
                ),
                Some(failure),
            ))
        });
    }
    if matches!(checker, Checker::Program(_)) {
        // The pack's checker program judges the values.
        return Ok(());
    }
    for (index, (want, got)) in expected.iter().zip(&actual).enumerate() {
        if !checker.value_matches(want, got) {
            let failure = failure_at(
                calls,
                &actual,
                index,
                Some(want),
                Some(truncate(&got.to_string(), 200)),
            );
            return Err(Box::new((
                Verdict::WrongAnswer,
                format!(
                    "call {} `{}`: expected {}, got {}",
                    index + 1,
                    failure.call,
                    failure.expected.clone().unwrap_or_default(),
                    failure.actual.clone().unwrap_or_default()
                ),
                Some(failure),
            )));
        }
    }
    Ok(())
}
