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
    /// List the problems, with difficulty and tags.
    List,
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
    /// Judge every solution in a repository of solutions (CI): exit 0 iff
    /// every verdict is as expected.
    Check(CheckArgs),
    /// See and provision compilers.
    #[command(subcommand)]
    Toolchain(ToolchainCommand),
    /// Author tools: scaffold, validate and import problem packs.
    #[command(subcommand)]
    Pack(PackCommand),
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Write a new, valid pack to DIR/<id>/ to edit from.
    New {
        /// The pack id: lowercase letters, digits and dashes.
        id: String,
        /// class (design a class), function (one function) or stdio (a whole
        /// program reading stdin).
        #[arg(long, value_parser = ["class", "function", "stdio"])]
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

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The problem id.
    pub problem: String,
    /// The language of the starter.
    #[arg(long, value_parser = parse_language)]
    pub lang: Language,
    /// Where to write it [default: <problem_id>.<ext> in this directory]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub force: bool,
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
