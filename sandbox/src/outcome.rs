//! What a run produced: how it ended, its captured output and what it used.

use std::fmt;
use std::time::Duration;

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunEnd {
    /// `_start` returned (code 0) or the guest called `proc_exit(code)`.
    Exited(i32),
    /// The fuel limit was reached.
    OutOfFuel,
    /// The guest needed more linear memory than its cap.
    MemoryLimit,
    /// The fixed WebAssembly stack was exhausted.
    StackOverflow,
    /// Any other trap.
    Trap { kind: TrapKind, message: String },
    /// stdout, stderr or the result channel went over its cap.
    OutputLimit,
    /// In an interaction: the program waited to read while the other
    /// program was waiting to read too, so neither could go on.
    WaitingForInput,
    /// The wall-clock backstop fired: the judge, not the guest, is at fault.
    WallClock,
    /// The host failed in a way that is not the guest's fault.
    HostError(String),
}

/// The kinds of trap a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrapKind {
    Unreachable,
    MemoryOutOfBounds,
    IntegerDivisionByZero,
    IntegerOverflow,
    BadConversionToInteger,
    IndirectCallToNull,
    BadSignature,
    TableOutOfBounds,
    Other,
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TrapKind::Unreachable => "unreachable executed",
            TrapKind::MemoryOutOfBounds => "out-of-bounds memory access",
            TrapKind::IntegerDivisionByZero => "integer division by zero",
            TrapKind::IntegerOverflow => "integer overflow",
            TrapKind::BadConversionToInteger => "invalid conversion to integer",
            TrapKind::IndirectCallToNull => "call through a null function pointer",
            TrapKind::BadSignature => "indirect call signature mismatch",
            TrapKind::TableOutOfBounds => "out-of-bounds table access",
            TrapKind::Other => "trap",
        })
    }
}

impl fmt::Display for RunEnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunEnd::Exited(code) => write!(f, "exited with code {code}"),
            RunEnd::OutOfFuel => f.write_str("fuel limit reached"),
            RunEnd::MemoryLimit => f.write_str("memory limit reached"),
            RunEnd::StackOverflow => f.write_str("stack overflow"),
            RunEnd::Trap { kind, message } => write!(f, "{kind}: {message}"),
            RunEnd::OutputLimit => f.write_str("output limit reached"),
            RunEnd::WaitingForInput => {
                f.write_str("waiting for input while the other program waited too")
            }
            RunEnd::WallClock => f.write_str("wall-clock backstop fired"),
            RunEnd::HostError(message) => write!(f, "host error: {message}"),
        }
    }
}

/// Everything a run produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub end: RunEnd,
    /// Captured stdout, at most the stdout cap.
    pub stdout: Vec<u8>,
    /// Captured stderr, at most the stderr cap.
    pub stderr: Vec<u8>,
    /// What the guest wrote to the result channel, with the fuel at each
    /// write.
    pub channel: crate::Channel,
    /// Files the guest wrote in writable directories (checker runs).
    pub written: Vec<crate::WrittenFile>,
    /// Fuel consumed, start-up included.
    pub fuel_consumed: u64,
    /// Peak linear memory size in bytes.
    pub peak_memory_bytes: u64,
    /// Wall time of the run (informative only; never decides a verdict).
    pub wall_time: Duration,
}
