//! The `judge` binary: parse the command line, run one command, turn its
//! outcome into an exit code. Everything else lives in the modules below; the
//! judging itself lives in the `harness` library.

mod cli;
mod commands;
mod exit;
mod report;
mod style;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    run()
}

/// Parses arguments, sets up logging, runs the command and maps the result
/// to an exit code (the only place that decides one).
fn run() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // `--help` and `--version` are not errors; everything else is usage.
            let _ = err.print();
            return if err.use_stderr() {
                exit::Status::Usage.into()
            } else {
                exit::Status::Success.into()
            };
        }
    };
    init_tracing(cli.verbose);
    // One malloc arena that keeps large freed buffers (a test's channel and
    // output) for the next test: no page faults per test, one test's peak.
    if !harness::process_memory::reuse_large_frees() {
        tracing::debug!("malloc's arenas and thresholds are not adjustable here");
    }
    // Compiles die with the judge (Ctrl-C, SIGTERM); a dead judge's build
    // directories are removed.
    if let Err(e) = harness::toolchain::shutdown::install() {
        tracing::warn!("cannot handle SIGINT/SIGTERM: {e}");
    }
    let result = commands::run(cli);
    exit::finish(result)
}

/// Tracing to stderr: warnings by default, `-v` info, `-vv` debug, `-vvv`
/// trace. `RUST_LOG` overrides.
fn init_tracing(verbose: u8) {
    let level = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // No colour codes in a CI log or a redirected file.
        .with_ansi(style::stderr_color())
        .with_target(false)
        .try_init();
}
