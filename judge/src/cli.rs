//! The command line as clap types: every command, flag and help text in one
//! place, so `judge --help` and the code cannot disagree.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use harness::Language;

#[derive(Debug, Parser)]
#[command(
    name = "judge",
    version,
    about = "Judge LeetCode-style solutions in Go, Rust, C and C++, compiled to WebAssembly and run under fuel limits.",
    propagate_version = true
)]
pub struct Cli {
    /// Add (or override) problem packs from DIR: a pack folder, or a folder of
    /// pack folders. Repeatable.
    #[arg(long = "problems", value_name = "DIR", global = true)]
    pub problems: Vec<PathBuf>,

    /// Where compiled modules and expected outputs are cached [default:
    /// $JUDGE_CACHE_DIR, $XDG_CACHE_HOME/judge or ~/.cache/judge]
    #[arg(long, value_name = "DIR", global = true)]
    pub cache_dir: Option<PathBuf>,

    /// More logging on stderr (-v info, -vv debug).
    #[arg(short, long, action = ArgAction::Count, global = true)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the problems, with difficulty, tags and your best verdict.
    List(ListArgs),
    /// Show a problem: statement, signature per language, limits, checker.
    Show {
        /// The problem id (`judge list` shows them).
        problem: String,
    },
    /// Write a starter file for a problem.
    Init(InitArgs),
    /// Compile a solution (unless it is .wasm), judge it and report; exit 0
    /// iff accepted.
    Submit(SubmitArgs),
    /// LeetCode's Run: your own case (or the problem's examples), expected
    /// answers from the reference; exit 0 iff every case matches.
    Run(RunArgs),
    /// Judge every solution in a repository of solutions (CI): exit 0 iff
    /// every verdict is as expected.
    Check(CheckArgs),
    /// Re-run (or re-submit) a solution whenever it is saved.
    Watch(WatchArgs),
    /// See and provision compilers.
    #[command(subcommand)]
    Toolchain(ToolchainCommand),
    /// Print a shell completion script, e.g. `judge completions bash >
    /// ~/.local/share/bash-completion/completions/judge`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `judge man > judge.1; man ./judge.1`.
    Man,
    /// Author tools: scaffold, validate and import problem packs.
    #[command(subcommand)]
    Pack(PackCommand),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only problems with this tag (repeat: all of them).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Only problems of this difficulty.
    #[arg(long, value_enum)]
    pub difficulty: Option<DifficultyArg>,
}

/// `judge list --difficulty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DifficultyArg {
    Easy,
    Medium,
    Hard,
}

impl From<DifficultyArg> for harness::pack::Difficulty {
    fn from(d: DifficultyArg) -> Self {
        match d {
            DifficultyArg::Easy => harness::pack::Difficulty::Easy,
            DifficultyArg::Medium => harness::pack::Difficulty::Medium,
            DifficultyArg::Hard => harness::pack::Difficulty::Hard,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Write a new, valid pack to DIR/<id>/ to edit from.
    New {
        /// The pack id: lowercase letters, digits and dashes.
        id: String,
        /// class (design a class), function (one function), stdio (a whole
        /// program reading stdin) or interactive (a program talking to an
        /// interactor).
        #[arg(long, value_parser = ["class", "function", "stdio", "interactive"])]
        kind: String,
        /// The folder to create the pack in [default: this directory]
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Prove a pack sound: schema, references, known solutions, starters,
    /// generators. Exit 0 sound, 1 a check fails, 2 the pack cannot be read.
    Validate {
        /// The pack folder.
        path: PathBuf,
        /// Checks to run at once [default: the number of CPUs]
        #[arg(long, short)]
        jobs: Option<usize>,
    },
    /// Convert a Kattis problem package into a stdio pack in DIR/<id>/.
    ImportKattis {
        /// The Kattis package folder (with problem.yaml and data/).
        dir: PathBuf,
        /// The folder to create the pack in [default: this directory]
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// The pack id [default: from the package folder's name]
        #[arg(long)]
        id: Option<String>,
    },
}

/// `judge init`: a starter plus what the editor's language server needs
/// beside it (Go: go.mod and judge_prelude.go; Rust: Cargo.toml and
/// judge_prelude.rs; C and C++: compile_flags.txt and judge_prelude.h).
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The problem id.
    pub problem: String,
    /// The language of the starter [default with --editor-only: from
    /// FILE's extension]
    #[arg(long, value_parser = parse_language, required_unless_present = "editor_only")]
    pub lang: Option<Language>,
    /// Where to write it [default: <problem_id>.<ext> in this directory]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE (and editor files not written by judge) if they exist.
    #[arg(long)]
    pub force: bool,
    /// Only write the editor files, for an existing solution FILE.
    #[arg(long)]
    pub editor_only: bool,
}

#[derive(Debug, Args)]
pub struct SubmitArgs {
    /// The problem id.
    pub problem: String,
    /// The solution: .go .rs .c .cpp .cc (source) or .wasm (ready module).
    pub file: PathBuf,
    /// The language, when the extension does not say it.
    #[arg(long, value_parser = parse_language)]
    pub lang: Option<Language>,
    /// Base seed for the tests' randomness (the report shows it, for replay).
    #[arg(long)]
    pub seed: Option<u64>,
    /// How to report.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Run every test, not just up to the first failure.
    #[arg(long)]
    pub all: bool,
    /// Wall-clock limit for compiling, in seconds (for tests).
    #[arg(long, hide = true, value_name = "SECS")]
    pub compile_timeout: Option<u64>,
    /// The complexity check after the tests pass: off, advisory (reported
    /// only) or enforce (a failure exits 1; the verdict stays) [default:
    /// enforce]
    #[arg(long, value_enum, value_name = "MODE")]
    pub complexity: Option<ComplexityMode>,
    /// Write a log-log chart of fuel per call against size, per method, to
    /// FILE (SVG).
    #[arg(long, value_name = "FILE.svg")]
    pub plot: Option<PathBuf>,
    /// Run the tests even when this module's verdict is cached (compiled
    /// modules and expected outputs are still reused).
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The problem id.
    pub problem: String,
    /// The solution: .go .rs .c .cpp .cc (source) or .wasm (ready module).
    pub file: PathBuf,
    /// A case in LeetCode's example format (what `tests/*.txt` take; an
    /// `Output` is ignored), or a stdio problem's input; `-` reads stdin
    /// [default: the problem's examples]
    pub case: Option<PathBuf>,
    /// The language, when the extension does not say it.
    #[arg(long, value_parser = parse_language)]
    pub lang: Option<Language>,
    /// Base seed for the cases' randomness.
    #[arg(long)]
    pub seed: Option<u64>,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub run: RunArgs,
    /// Judge fully (`judge submit`) on each save instead of running the
    /// cases.
    #[arg(long)]
    pub submit: bool,
    /// Stop after this many runs (for tests and scripts) [default: never]
    #[arg(long, hide = true, value_name = "N")]
    pub runs: Option<u64>,
}

/// `judge check`: solutions are found by path (a file in a directory named
/// after a problem, at any depth); `judge.toml` at DIR maps other files,
/// ignores paths and marks files expected to fail.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The repository of solutions.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// How to report.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Solutions judged at once [default: the number of CPUs]
    #[arg(short, long, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub jobs: Option<usize>,
    /// Start no new solution after the first unexpected verdict.
    #[arg(long)]
    pub fail_fast: bool,
    /// Judge only shard K of N (1-based; solutions sorted by path, dealt
    /// round-robin), e.g. `--shard 2/3` in a CI matrix.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<harness::check::Shard>,
    /// Base seed for the tests' randomness.
    #[arg(long)]
    pub seed: Option<u64>,
    /// The complexity check: off, advisory or enforce [default: judge.toml's
    /// `complexity`, else enforce]
    #[arg(long, value_enum, value_name = "MODE")]
    pub complexity: Option<ComplexityMode>,
    /// Run the tests even when this module's verdict is cached (compiled
    /// modules and expected outputs are still reused).
    #[arg(long)]
    pub no_cache: bool,
}

/// `--complexity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComplexityMode {
    /// Not measured.
    Off,
    /// Measured and reported; never changes the exit code.
    Advisory,
    /// Measured; a failure fails the submission (exit 1), the verdict stays.
    Enforce,
}

impl From<ComplexityMode> for harness::complexity::Mode {
    fn from(mode: ComplexityMode) -> Self {
        match mode {
            ComplexityMode::Off => harness::complexity::Mode::Off,
            ComplexityMode::Advisory => harness::complexity::Mode::Advisory,
            ComplexityMode::Enforce => harness::complexity::Mode::Enforce,
        }
    }
}

/// `judge check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// A line per solution, counts, then the failures in detail.
    Human,
    /// One JSON object (schema: docs/check-json.md).
    Json,
    /// JUnit XML, one testcase per solution file.
    Junit,
    /// GitHub Actions annotations.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable report.
    Human,
    /// One JSON object on stdout.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum ToolchainCommand {
    /// Show each language's compiler: ready with its version, or missing.
    List,
    /// Install the compiler for a language (no root needed where possible).
    Install {
        #[arg(value_parser = parse_language)]
        lang: Language,
    },
}

fn parse_language(text: &str) -> Result<Language, String> {
    text.parse::<Language>().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
