//! `judge init <problem> --lang L`: writes the pack's starter for L, the
//! same empty class or function LeetCode shows, and never overwrites a file
//! unless asked to.

use std::io::Write;
use std::path::PathBuf;

use harness::Language;

use crate::cli::InitArgs;
use crate::commands::{find, Global};
use crate::exit::{CliError, Status};

pub fn run(global: &Global, args: &InitArgs) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let pack = find(&registry, &args.problem)?;
    if args.lang == Language::Wasm {
        return Err(CliError::usage(
            "there is no starter for .wasm; pick a source language (go, rust, c, cpp)",
        ));
    }
    let Some(starter) = pack.starters.get(&args.lang) else {
        let offered: Vec<&str> = pack.starters.keys().map(|l| l.name()).collect();
        return Err(CliError::usage(format!(
            "`{}` has no {} starter (it has: {})",
            pack.id,
            args.lang,
            offered.join(", ")
        )));
    };
    let path = args.output.clone().unwrap_or_else(|| {
        PathBuf::from(format!(
            "{}.{}",
            pack.id.replace('-', "_"),
            args.lang.extension()
        ))
    });
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if args.force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = match options.open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(CliError::usage(format!(
                "`{}` already exists; use --force to overwrite it",
                path.display()
            )))
        }
        Err(e) => {
            return Err(CliError::usage(format!(
                "cannot write `{}`: {e}",
                path.display()
            )))
        }
    };
    file.write_all(&starter.bytes)
        .map_err(|e| CliError::usage(format!("cannot write `{}`: {e}", path.display())))?;
    println!(
        "wrote {} ({} starter for {}); judge it with: judge submit {} {}",
        path.display(),
        args.lang,
        pack.id,
        pack.id,
        path.display()
    );
    Ok(Status::Success)
}
