//! Exit codes, decided in one place: 0 when everything was accepted (or the
//! command simply succeeded), 1 when a submission got another verdict, 2 for
//! usage and input errors (unknown problem, missing file, unknown extension,
//! bad pack, missing toolchain), 3 for the judge's own failures.

use std::process::ExitCode;

use harness::Verdict;

/// How a command ended, when it ran to completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The command did its job; a submission was accepted.
    Success,
    /// A submission was judged and got a verdict other than AC (and not IE).
    Rejected,
    /// The user asked for something that cannot be done as asked.
    Usage,
    /// The judge failed (an IE verdict, or an unexpected error).
    Internal,
}

impl Status {
    /// The status for a submission's overall verdict.
    pub fn of_verdict(verdict: Verdict) -> Status {
        match verdict {
            Verdict::Accepted => Status::Success,
            Verdict::InternalError => Status::Internal,
            _ => Status::Rejected,
        }
    }

    pub fn code(self) -> u8 {
        match self {
            Status::Success => 0,
            Status::Rejected => 1,
            Status::Usage => 2,
            Status::Internal => 3,
        }
    }
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        ExitCode::from(status.code())
    }
}

/// A command that could not run: the message for stderr and its class.
#[derive(Debug)]
pub enum CliError {
    /// Exit 2: the user's input is wrong; the message says how to fix it.
    Usage(String),
    /// Exit 3: the judge's own failure.
    Internal(anyhow::Error),
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::Usage(message.into())
    }
}

impl From<anyhow::Error> for CliError {
    fn from(error: anyhow::Error) -> CliError {
        CliError::Internal(error)
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> CliError {
        CliError::Internal(error.into())
    }
}

/// Prints a failed command's message and returns the process's exit code.
pub fn finish(result: Result<Status, CliError>) -> ExitCode {
    report(result).into()
}

/// Prints a failed command's message and returns its status (`watch`
/// reports each run this way and goes on).
pub fn report(result: Result<Status, CliError>) -> Status {
    match result {
        Ok(status) => status,
        Err(CliError::Usage(message)) => {
            eprintln!("{} {message}", crate::style::error_label());
            Status::Usage
        }
        // `judge list | head`: the reader left; not worth a message.
        Err(CliError::Internal(error)) if is_broken_pipe(&error) => Status::Success,
        Err(CliError::Internal(error)) => {
            eprintln!("{} {error:#}", crate::style::error_label());
            Status::Internal
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
