//! `judge pack new`: writes a complete pack that `judge pack validate`
//! accepts as generated (a commented `problem.toml`, a statement, an example
//! test, a generated test, a C reference that passes, and starters in every
//! offered language), so an author starts from something sound and edits it
//! step by step instead of from a blank page.

use std::path::{Path, PathBuf};

use crate::pack::Kind;

mod interactive;
use crate::signature::{c_prefix, snake_case};
use interactive::{INTERACTIVE_FILES, INTERACTIVE_STATEMENT, INTERACTIVE_TOML};

/// Why a pack could not be scaffolded.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error(
        "`{0}` is not a valid pack id: use lowercase letters, digits and dashes (`min-stack`)"
    )]
    BadId(String),
    #[error("there is no template for {0} packs yet; copy problems/bounded-blocking-queue")]
    NoTemplate(&'static str),
    #[error("{0} already exists; choose another id or --output folder")]
    Exists(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The files of a new pack, by path relative to the pack folder.
pub fn files(id: &str, kind: Kind) -> Result<Vec<(String, String)>, ScaffoldError> {
    if id.is_empty()
        || id.starts_with('-')
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(ScaffoldError::BadId(id.to_string()));
    }
    let names = Names::new(id);
    let files = match kind {
        Kind::Class => class_pack(id, &names),
        Kind::Function => function_pack(id, &names),
        Kind::Stdio => stdio_pack(id, &names),
        Kind::Interactive => interactive_pack(id, &names),
        Kind::Concurrent => return Err(ScaffoldError::NoTemplate(kind.name())),
    };
    Ok(files
        .into_iter()
        .map(|(path, text)| (path.to_string(), text))
        .collect())
}

/// Writes a new pack to `parent/<id>/` and returns that folder.
pub fn scaffold(id: &str, kind: Kind, parent: &Path) -> Result<PathBuf, ScaffoldError> {
    let files = files(id, kind)?;
    let dir = parent.join(id);
    if dir.exists() {
        return Err(ScaffoldError::Exists(dir));
    }
    for (relative, text) in files {
        let path = dir.join(&relative);
        let io = |source| ScaffoldError::Io {
            path: path.clone(),
            source,
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&path, text).map_err(io)?;
    }
    Ok(dir)
}

/// An interactive pack: a guessing game with a C interactor, a binary
/// search reference, and solutions that ask too often or never flush.
fn interactive_pack(id: &str, n: &Names) -> Vec<(&'static str, String)> {
    let toml = preamble(id, n, Kind::Interactive) + INTERACTIVE_TOML;
    let mut files = vec![("problem.toml", toml)];
    files.push(("statement.md", statement(n, INTERACTIVE_STATEMENT)));
    files.extend(
        INTERACTIVE_FILES
            .iter()
            .map(|(path, text)| (*path, text.to_string())),
    );
    files.extend(stdio_starters());
    files
}

/// Identifiers derived from the id: `running-sum` -> `RunningSum`, `runningSum`.
struct Names {
    /// The class (class packs) in PascalCase.
    class: String,
    /// The function (function packs) in camelCase.
    function: String,
    title: String,
}

impl Names {
    fn new(id: &str) -> Names {
        let words: Vec<&str> = id.split('-').filter(|w| !w.is_empty()).collect();
        let mut class: String = words
            .iter()
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect();
        if class.is_empty() || class.starts_with(|c: char| c.is_ascii_digit()) {
            class = format!("P{class}");
        }
        let function = c_prefix(&class);
        let title = words
            .iter()
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ");
        Names {
            class,
            function,
            title,
        }
    }
}

/// The part of `problem.toml` every kind shares, with its `[checker]`.
fn header(id: &str, names: &Names, kind: Kind, checker_note: &str) -> String {
    preamble(id, names, kind)
        + &format!(
            r#"
[checker]
{checker_note}kind = "exact"            # exact | tokens | float | unordered | randomized-set
"#
        )
}

/// The part of `problem.toml` every kind shares, up to its `[limits]`.
fn preamble(id: &str, names: &Names, kind: Kind) -> String {
    format!(
        r#"# A problem pack (docs/pack-format.md, docs/authoring.md). Check it with
#   judge pack validate <this folder>
format_version = 1
id = "{id}"                 # must equal the folder name
title = "{title}"
difficulty = "easy"         # easy | medium | hard
tags = ["todo"]
kind = "{kind}"             # class | function | stdio | interactive
# leetcode = 0              # the LeetCode problem number, if there is one
languages = ["go", "rust", "c", "cpp"]   # what submissions may be written in

# Per-test limits. Fuel is time, counted in WebAssembly instructions.
# `judge pack validate` prints each reference's largest fuel use: keep it
# under half of `fuel`, and set `fuel` low enough that the too-slow solutions
# under solutions/time_limit_exceeded/ run out.
[limits]
fuel = 1_000_000_000
memory_mib = 256
output_kib = 8192
"#,
        title = names.title,
        kind = kind.name(),
    )
}

fn statement(names: &Names, body: &str) -> String {
    format!(
        "# {}\n\n{body}\n\nTODO: replace this placeholder problem with yours: the statement, the\nsignature in `problem.toml`, the tests, the reference and the starters.\n",
        names.title
    )
}

fn class_pack(id: &str, n: &Names) -> Vec<(&'static str, String)> {
    let class = &n.class;
    let c = c_prefix(class);
    let toml = header(id, n, Kind::Class, "")
        + &format!(
            r#"
# The class users implement. Types: int long bool double string int[] int[][]
# string[] ListNode ListNode[] (and void for returns).
[signature]
class = "{class}"
constructor = ["start: int"]
immutable_input = false
methods = [
  {{ name = "add", params = ["x: int"], returns = "void" }},
  {{ name = "total", params = [], returns = "long" }},
]

# A large test drawn from a seed: method weights and argument generators.
# Expected outputs come from running the reference solution. For inputs a
# declaration cannot express, write a generator program instead:
#   [[generated]]
#   name = "large-special"
#   seed = 2
#   program = "generators/gen.c"   # prints the Input part (docs/authoring.md)
[[generated]]
name = "large-random"
seed = 1
calls = 100000
constructor = [{{ int = [-1000000000, 1000000000] }}]

[generated.methods.add]
weight = 3
args = [{{ int = [-1000000000, 1000000000] }}]

[generated.methods.total]
weight = 1
"#
        );
    vec![
        ("problem.toml", toml),
        (
            "statement.md",
            statement(
                n,
                &format!(
                    "Implement `{class}`, which keeps a running total:\n\n- `{class}(int start)` starts the total at `start`.\n- `void add(int x)` adds `x` to the total.\n- `long total()` returns the total.\n\n**Example**\n\n```\nInput\n[\"{class}\", \"add\", \"add\", \"total\"]\n[[1], [2], [3], []]\nOutput\n[null, null, null, 6]\n```"
                ),
            ),
        ),
        (
            "tests/01-example.txt",
            format!("Input\n[\"{class}\", \"add\", \"add\", \"total\"]\n[[1], [2], [3], []]\nOutput\n[null, null, null, 6]\nExplanation\nThe total starts at 1; adding 2 and 3 makes 6.\n"),
        ),
        (
            "reference/reference.c",
            format!(
                "// Reference: the total in a 64-bit integer, O(1) per call.\ntypedef struct {{\n    long long total;\n}} {class};\n\n{class}* {c}Create(int start) {{\n    {class}* obj = malloc(sizeof({class}));\n    obj->total = start;\n    return obj;\n}}\n\nvoid {c}Add({class}* obj, int x) {{\n    obj->total += x;\n}}\n\nlong long {c}Total({class}* obj) {{\n    return obj->total;\n}}\n\nvoid {c}Free({class}* obj) {{\n    free(obj);\n}}\n"
            ),
        ),
        (
            "solutions/wrong_answer/int-overflow.c",
            format!(
                "// Wrong: the total overflows a 32-bit int on the large test.\ntypedef struct {{\n    int total;\n}} {class};\n\n{class}* {c}Create(int start) {{\n    {class}* obj = malloc(sizeof({class}));\n    obj->total = start;\n    return obj;\n}}\n\nvoid {c}Add({class}* obj, int x) {{\n    obj->total = (int)((unsigned)obj->total + (unsigned)x);\n}}\n\nlong long {c}Total({class}* obj) {{\n    return obj->total;\n}}\n\nvoid {c}Free({class}* obj) {{\n    free(obj);\n}}\n"
            ),
        ),
        (
            "starters/starter.c",
            format!(
                "typedef struct {{\n\n}} {class};\n\n\n{class}* {c}Create(int start) {{\n    return calloc(1, sizeof({class}));\n}}\n\nvoid {c}Add({class}* obj, int x) {{\n\n}}\n\nlong long {c}Total({class}* obj) {{\n    return 0;\n}}\n\nvoid {c}Free({class}* obj) {{\n    free(obj);\n}}\n"
            ),
        ),
        (
            "starters/starter.cpp",
            format!(
                "class {class} {{\npublic:\n    {class}(int start) {{\n\n    }}\n\n    void add(int x) {{\n\n    }}\n\n    long long total() {{\n        return 0;\n    }}\n}};\n"
            ),
        ),
        (
            "starters/starter.go",
            format!(
                "type {class} struct {{\n\n}}\n\nfunc Constructor(start int) {class} {{\n\treturn {class}{{}}\n}}\n\nfunc (this *{class}) Add(x int) {{\n\n}}\n\nfunc (this *{class}) Total() int64 {{\n\treturn 0\n}}\n"
            ),
        ),
        (
            "starters/starter.rs",
            format!(
                "struct {class} {{\n\n}}\n\nimpl {class} {{\n    fn new(start: i32) -> Self {{\n        {class} {{}}\n    }}\n\n    fn add(&mut self, x: i32) {{\n\n    }}\n\n    fn total(&self) -> i64 {{\n        0\n    }}\n}}\n"
            ),
        ),
    ]
}

fn function_pack(id: &str, n: &Names) -> Vec<(&'static str, String)> {
    let f = &n.function;
    let rust = snake_case(f);
    let toml = header(id, n, Kind::Function, "")
        + &format!(
            r#"
# The function users implement. Types: int long bool double string int[]
# int[][] string[] ListNode ListNode[] CycleList (and void, NodeIndex for returns).
[signature]
function = "{f}"
params = ["nums: int[]"]
returns = "long"
immutable_input = true      # the driver checks that nums is not modified

# Large tests drawn from a seed: one argument generator per parameter.
# Expected outputs come from running the reference solution. For inputs a
# declaration cannot express, write a generator program instead:
#   [[generated]]
#   name = "large-special"
#   seed = 2
#   program = "generators/gen.c"   # prints `nums = [...]` (docs/authoring.md)
[[generated]]
name = "large-random"
seed = 1
calls = 3
args = [{{ array = {{ len = [1, 100000], item = {{ int = [-1000000000, 1000000000] }} }} }}]
"#
        );
    vec![
        ("problem.toml", toml),
        (
            "statement.md",
            statement(
                n,
                "Given an integer array `nums`, return the sum of its elements.\n\n**Example 1**\n\n```\nInput: nums = [1,2,3]\nOutput: 6\n```\n\n**Example 2**\n\n```\nInput: nums = [-5]\nOutput: -5\n```",
            ),
        ),
        (
            "tests/01-example.txt",
            "Input: nums = [1,2,3]\nOutput: 6\n\nInput: nums = [-5]\nOutput: -5\n".to_string(),
        ),
        (
            "reference/reference.c",
            format!(
                "// Reference: one pass, summing in 64 bits.\nlong long {f}(int* nums, int numsSize) {{\n    long long sum = 0;\n    for (int i = 0; i < numsSize; i++) {{\n        sum += nums[i];\n    }}\n    return sum;\n}}\n"
            ),
        ),
        (
            "solutions/wrong_answer/int-overflow.c",
            format!(
                "// Wrong: sums in a 32-bit int, which overflows on the large tests.\nlong long {f}(int* nums, int numsSize) {{\n    int sum = 0;\n    for (int i = 0; i < numsSize; i++) {{\n        sum = (int)((unsigned)sum + (unsigned)nums[i]);\n    }}\n    return sum;\n}}\n"
            ),
        ),
        (
            "starters/starter.c",
            format!("long long {f}(int* nums, int numsSize) {{\n    return 0;\n}}\n"),
        ),
        (
            "starters/starter.cpp",
            format!(
                "class Solution {{\npublic:\n    long long {f}(vector<int>& nums) {{\n        return 0;\n    }}\n}};\n"
            ),
        ),
        (
            "starters/starter.go",
            format!("func {f}(nums []int) int64 {{\n\treturn 0\n}}\n"),
        ),
        (
            "starters/starter.rs",
            format!(
                "impl Solution {{\n    pub fn {rust}(nums: Vec<i32>) -> i64 {{\n        0\n    }}\n}}\n"
            ),
        ),
    ]
}

fn stdio_pack(id: &str, n: &Names) -> Vec<(&'static str, String)> {
    let toml = header(
        id,
        n,
        Kind::Stdio,
        "# stdio output is compared line by line (trailing spaces ignored) by `exact`,\n# token by token by `tokens`, with a tolerance by `float`.\n",
    ) + r#"
# A stdio problem has no [signature]: solutions are whole programs reading
# stdin and writing stdout. Tests are tests/<name>.in with tests/<name>.ans.

# A large test written by a generator program: any language, compiled and
# run in the sandbox like a stdio solution, with the seed on stdin. It prints
# the input; the expected output comes from running the reference solution.
[[generated]]
name = "large-random"
seed = 1
program = "generators/gen.c"
"#;
    vec![
        ("problem.toml", toml),
        (
            "statement.md",
            statement(
                n,
                "The first line holds `n` (1 ≤ n ≤ 200000), the second `n` integers\nbetween -10^9 and 10^9. Print their sum.\n\n**Example**\n\n```\n3\n1 2 3\n```\n\nprints\n\n```\n6\n```",
            ),
        ),
        ("tests/01-example.in", "3\n1 2 3\n".to_string()),
        ("tests/01-example.ans", "6\n".to_string()),
        (
            "generators/gen.c",
            "// Generator: reads the seed from stdin and prints one test input.\n// Deterministic: all randomness comes from the seed.\n#include <stdio.h>\n#include <stdint.h>\n\nstatic uint64_t state;\n\nstatic uint64_t next(void) {\n    state ^= state << 13;\n    state ^= state >> 7;\n    state ^= state << 17;\n    return state;\n}\n\nint main(void) {\n    unsigned long long seed = 0;\n    if (scanf(\"%llu\", &seed) != 1) return 1;\n    state = seed * 0x9E3779B97F4A7C15ULL + 1;\n    int n = 200000;\n    printf(\"%d\\n\", n);\n    for (int i = 0; i < n; i++) {\n        long long v = (long long)(next() % 2000000001ULL) - 1000000000LL;\n        printf(i + 1 < n ? \"%lld \" : \"%lld\\n\", v);\n    }\n    return 0;\n}\n".to_string(),
        ),
        (
            "reference/reference.c",
            "// Reference: one pass, summing in 64 bits.\n#include <stdio.h>\n\nint main(void) {\n    int n;\n    if (scanf(\"%d\", &n) != 1) return 1;\n    long long sum = 0;\n    for (int i = 0; i < n; i++) {\n        int x;\n        scanf(\"%d\", &x);\n        sum += x;\n    }\n    printf(\"%lld\\n\", sum);\n    return 0;\n}\n".to_string(),
        ),
        (
            "solutions/wrong_answer/int-overflow.c",
            "// Wrong: sums in a 32-bit int, which overflows on the large test.\n#include <stdio.h>\n\nint main(void) {\n    int n;\n    if (scanf(\"%d\", &n) != 1) return 1;\n    unsigned sum = 0;\n    for (int i = 0; i < n; i++) {\n        int x;\n        scanf(\"%d\", &x);\n        sum += (unsigned)x;\n    }\n    printf(\"%d\\n\", (int)sum);\n    return 0;\n}\n".to_string(),
        ),
    ]
    .into_iter()
    .chain(stdio_starters())
    .collect()
}

/// Starters for a stdio problem: programs that read nothing and print `0`
/// (they compile and are not accepted). Also used by the Kattis import.
pub fn stdio_starters() -> Vec<(&'static str, String)> {
    vec![
        (
            "starters/starter.c",
            "#include <stdio.h>\n\nint main(void) {\n    // Read the input from stdin and print the answer.\n    printf(\"0\\n\");\n    return 0;\n}\n".to_string(),
        ),
        (
            "starters/starter.cpp",
            "#include <iostream>\nusing namespace std;\n\nint main() {\n    // Read the input from cin and print the answer.\n    cout << 0 << endl;\n    return 0;\n}\n".to_string(),
        ),
        (
            "starters/starter.go",
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\t// Read the input from os.Stdin and print the answer.\n\tfmt.Println(0)\n}\n".to_string(),
        ),
        (
            "starters/starter.rs",
            "fn main() {\n    // Read the input from std::io::stdin() and print the answer.\n    println!(\"0\");\n}\n".to_string(),
        ),
    ]
}
