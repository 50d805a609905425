//! One module per command. Each takes its parsed arguments and returns an
//! exit [`Status`] or a [`CliError`]; the helpers here (loading the problem
//! registry, looking a problem up, the cache directory) are shared by them.

mod check;
mod init;
mod list;
mod pack;
mod run;
mod shell_support;
mod show;
mod solution;
mod submit;
mod toolchain;
mod watch;

use std::path::PathBuf;

use harness::registry::Registry;
use harness::Pack;

use crate::cli::{Cli, Command, ToolchainCommand};
use crate::exit::{CliError, Status};

/// Runs the command `cli` names.
pub fn run(cli: Cli) -> Result<Status, CliError> {
    let global = Global {
        problems: cli.problems,
        cache_dir: cli.cache_dir,
    };
    match cli.command {
        Command::List(args) => list::run(&global, &args),
        Command::Show { problem } => show::run(&global, &problem),
        Command::Init(args) => init::run(&global, &args),
        Command::Submit(args) => submit::run(&global, &args),
        Command::Run(args) => run::run(&global, &args),
        Command::Check(args) => check::run(&global, &args),
        Command::Watch(args) => watch::run(&global, &args),
        Command::Completions { shell } => shell_support::completions(shell),
        Command::Man => shell_support::man(),
        Command::Toolchain(ToolchainCommand::List) => toolchain::list(),
        Command::Toolchain(ToolchainCommand::Install { lang }) => toolchain::install(lang),
        Command::Pack(command) => pack::run(&global, command),
    }
}

/// The flags every command shares.
pub struct Global {
    pub problems: Vec<PathBuf>,
    pub cache_dir: Option<PathBuf>,
}

impl Global {
    /// The bundled packs plus `--problems` folders. A bad pack is the user's
    /// input error (exit 2), with every problem found listed.
    pub fn registry(&self) -> Result<Registry, CliError> {
        Registry::load(&self.problems).map_err(|errors| invalid_pack(&errors))
    }

    /// `--cache-dir`, else `$JUDGE_CACHE_DIR`, `$XDG_CACHE_HOME/judge`,
    /// `~/.cache/judge`; with none of them, no cache. Never a shared place
    /// such as `/tmp`, where another user could plant entries (the judge
    /// also refuses a directory that is not private; see `SealedDir`).
    pub fn cache_dir(&self) -> Option<PathBuf> {
        if let Some(dir) = &self.cache_dir {
            return Some(dir.clone());
        }
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        if let Some(dir) = var("JUDGE_CACHE_DIR") {
            return Some(PathBuf::from(dir));
        }
        if let Some(dir) = var("XDG_CACHE_HOME") {
            return Some(PathBuf::from(dir).join("judge"));
        }
        let home = var("HOME").map(|home| PathBuf::from(home).join(".cache/judge"));
        if home.is_none() {
            tracing::warn!(
                "HOME is not set: judging without a cache (set --cache-dir or JUDGE_CACHE_DIR to keep one)"
            );
        }
        home
    }
}

/// The whole pack `id` (tests, references, solutions: what judging needs),
/// or a usage error: an unknown id, or a pack whose files are broken.
pub fn find_whole<'r>(registry: &'r Registry, id: &str) -> Result<&'r Pack, CliError> {
    find(registry, id)?;
    match registry.pack(id) {
        Some(Ok(pack)) => Ok(pack),
        Some(Err(errors)) => Err(invalid_pack(errors)),
        None => Err(CliError::usage(format!("unknown problem `{id}`"))),
    }
}

/// A broken pack is the user's input error (exit 2).
pub fn invalid_pack(errors: &harness::PackErrors) -> CliError {
    CliError::usage(format!("invalid problem pack:\n{errors}"))
}

/// The summary of pack `id` (statement, signature, limits, starters; no
/// test data), or a usage error suggesting the nearest ids.
pub fn find<'r>(registry: &'r Registry, id: &str) -> Result<&'r Pack, CliError> {
    if let Some(pack) = registry.summary(id) {
        return Ok(pack);
    }
    let suggestions = registry.suggest(id);
    let hint = match suggestions.as_slice() {
        [] => "`judge list` shows the problems".to_string(),
        [one] => format!("did you mean `{one}`?"),
        many => format!(
            "did you mean one of {}?",
            many.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Err(CliError::usage(format!("unknown problem `{id}`; {hint}")))
}
