//! `judge toolchain list|install`: which compilers judge can use, and
//! provisioning the missing ones through the harness.

use std::io::Write;

use harness::toolchain::{self, ToolchainError};
use harness::Language;

use crate::exit::{CliError, Status};
use crate::style::{stdout_color, Paint};

pub fn list() -> Result<Status, CliError> {
    let paint = Paint::new(stdout_color());
    let mut out = std::io::stdout().lock();
    for lang in Language::SOURCE {
        match toolchain::detect(lang) {
            Ok(tc) => writeln!(
                out,
                "{:<5} {}  {} ({})",
                lang.name(),
                paint.green("ready  "),
                tc.version,
                tc.program.display()
            )?,
            Err(ToolchainError::Missing { install, hint, .. }) => writeln!(
                out,
                "{:<5} {}  {hint}; install with `{install}`",
                lang.name(),
                paint.red_bold("missing"),
            )?,
            Err(e) => writeln!(out, "{:<5} {}  {e}", lang.name(), paint.red_bold("missing"))?,
        }
    }
    writeln!(
        out,
        "{:<5} {}  .wasm modules are run as they are",
        "wasm",
        paint.green("ready  ")
    )?;
    Ok(Status::Success)
}

pub fn install(lang: Language) -> Result<Status, CliError> {
    if lang == Language::Wasm {
        return Err(CliError::usage(
            ".wasm modules need no toolchain; they are run as they are",
        ));
    }
    eprintln!("installing the {lang} toolchain...");
    match toolchain::install(lang) {
        Ok(summary) => {
            println!("{summary}");
            Ok(Status::Success)
        }
        Err(e) => Err(CliError::Internal(anyhow::Error::new(e))),
    }
}
