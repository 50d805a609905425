//! `problem.toml` exactly as written: the first of the two loading phases.
//! Unknown keys are errors (with their line), never silently accepted;
//! the pack loader turns these structs into domain types.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProblem {
    pub format_version: Spanned<i64>,
    pub id: Spanned<String>,
    pub title: String,
    pub difficulty: Spanned<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub kind: Spanned<String>,
    pub leetcode: Option<u32>,
    pub languages: Option<Spanned<Vec<String>>>,
    pub limits: RawLimits,
    /// Every kind but `interactive` needs one.
    pub checker: Option<RawChecker>,
    /// `kind = "interactive"`: the program the solution talks to.
    pub interactor: Option<Spanned<RawInteractor>>,
    pub signature: Option<Spanned<RawSignature>>,
    #[serde(default)]
    pub generated: Vec<Spanned<RawGenerated>>,
    pub complexity: Option<Spanned<RawComplexity>>,
    /// A program `judge pack validate` runs on every test input.
    pub input_validator: Option<Spanned<RawInputValidator>>,
    /// `kind = "concurrent"`: how the scheduler explores each test.
    pub concurrent: Option<Spanned<RawConcurrent>>,
    /// Flags that differ per group of tests (Kattis' per-folder flags).
    #[serde(default)]
    pub test_group: Vec<Spanned<RawTestGroup>>,
}

/// `[[test_group]]`: the tests whose names start with `prefix`, and the
/// validator flags they are judged with instead of the pack's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTestGroup {
    pub prefix: Spanned<String>,
    /// Replaces `[checker] validator_flags` (or `[interactor] flags`).
    pub validator_flags: Option<Spanned<String>>,
    /// Replaces `[input_validator] flags`.
    pub input_validator_flags: Option<Spanned<String>>,
}

/// `[input_validator]`: a Kattis input validator (exit 42 = valid).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInputValidator {
    pub program: Spanned<String>,
    /// Arguments, as one string (Kattis `input_validator_flags`).
    pub flags: Option<String>,
}

/// `[interactor]`: a Kattis interactor (argv `input answer feedback_dir`,
/// exit 42 accept / 43 reject) and its own limits.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInteractor {
    pub program: Spanned<String>,
    /// Arguments after the feedback directory, as one string.
    pub flags: Option<String>,
    pub fuel: Option<Spanned<i64>>,
    pub memory_mib: Option<Spanned<i64>>,
}

/// `[concurrent]`: schedules explored per test (docs/concurrency.md).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConcurrent {
    pub schedules: Spanned<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLimits {
    pub fuel: Spanned<i64>,
    pub memory_mib: Spanned<i64>,
    pub output_kib: Spanned<i64>,
    /// The linear-memory stack of C, C++ and Rust solutions (default 8).
    pub stack_mib: Option<Spanned<i64>>,
    /// Per-language factors replacing the global ones for this pack
    /// (`factors = { go = 20 }`).
    pub factors: Option<Spanned<BTreeMap<String, Spanned<f64>>>>,
    /// Languages whose reference's algorithm differs from the C one's.
    pub different_algorithm: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecker {
    pub kind: Spanned<String>,
    pub float_tolerance: Option<Spanned<f64>>,
    pub case_sensitive: Option<bool>,
    pub space_sensitive: Option<bool>,
    /// `kind = "kattis"`: Kattis' default validator's flags, as one string;
    /// `kind = "program"` with the Kattis interface: the validator's flags.
    pub validator_flags: Option<Spanned<String>>,
    /// `kind = "unordered"`: the rows of an `int[][]` result are multisets too.
    pub unordered_rows: Option<bool>,
    /// `kind = "program"`: the checker's source in the pack.
    pub program: Option<Spanned<String>>,
    /// `kind = "program"`: `kattis` (default) or `testlib`.
    pub interface: Option<Spanned<String>>,
    /// `kind = "program"`: the checker's own limits.
    pub fuel: Option<Spanned<i64>>,
    pub memory_mib: Option<Spanned<i64>>,
    /// `kind = "linearizable"`: the sequential model histories are checked
    /// against.
    pub model: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSignature {
    pub class: Option<String>,
    pub constructor: Option<Vec<Spanned<String>>>,
    pub methods: Option<Vec<RawMethod>>,
    pub function: Option<String>,
    pub params: Option<Vec<Spanned<String>>>,
    pub returns: Option<Spanned<String>>,
    #[serde(default)]
    pub immutable_input: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMethod {
    pub name: Spanned<String>,
    #[serde(default)]
    pub params: Vec<Spanned<String>>,
    pub returns: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGenerated {
    pub name: String,
    pub seed: u64,
    /// Declared call sequences: how many calls to draw.
    pub calls: Option<u64>,
    /// A generator program (`generators/gen.c`) instead of declared calls.
    pub program: Option<String>,
    pub constructor: Option<Vec<toml::Value>>,
    pub methods: Option<BTreeMap<String, RawGeneratedMethod>>,
    pub args: Option<Vec<toml::Value>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGeneratedMethod {
    pub weight: f64,
    pub effect: Option<String>,
    pub requires: Option<String>,
    #[serde(default)]
    pub args: Vec<toml::Value>,
}

/// `[complexity]`: the required growth of each method and the scaling series
/// that measures it (docs/complexity.md). Counts and generator ranges may be
/// size expressions (`"n"`, `"n/4"`, `"64k"`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComplexity {
    /// The parameter the series varies (`n`).
    pub size: Spanned<String>,
    pub sizes: Spanned<Vec<i64>>,
    /// Other parameters, as numbers or expressions of the size.
    #[serde(default)]
    pub derived: BTreeMap<String, Spanned<toml::Value>>,
    pub seed: u64,
    pub require: BTreeMap<String, Spanned<String>>,
    /// Class problems: the constructor's argument generators.
    pub constructor: Option<Vec<toml::Value>>,
    /// Calls that bring the structure to the size before a method is measured.
    pub build_calls: Option<toml::Value>,
    pub build: Option<BTreeMap<String, RawGeneratedMethod>>,
    /// How each required method is called while it is measured.
    pub probe: BTreeMap<String, Spanned<RawProbe>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProbe {
    pub calls: toml::Value,
    pub effect: Option<String>,
    pub requires: Option<String>,
    #[serde(default)]
    pub args: Vec<toml::Value>,
}
