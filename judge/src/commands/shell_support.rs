//! `judge completions <shell>` and `judge man`: generated from the clap
//! definitions at run time, so they always describe the binary that prints
//! them. (A man page written at build time would need a build script that
//! compiles `cli.rs` twice; `judge man > judge.1` serves packagers as well.)

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::exit::{CliError, Status};

pub fn completions(shell: Shell) -> Result<Status, CliError> {
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut Cli::command(), "judge", &mut out);
    out.flush()?;
    Ok(Status::Success)
}

pub fn man() -> Result<Status, CliError> {
    let mut out = std::io::stdout().lock();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(Status::Success)
}
