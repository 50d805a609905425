//! The fuel limit of an imported Kattis pack, derived the way Kattis derives
//! its time limit: the slowest accepted submission's cost times
//! `time_multiplier`. Cost here is fuel, exact and noise-free, counted in
//! C-equivalent fuel (each language's user fuel divided by its factor in
//! [`crate::fuel_limits`]), so a slow language's submission does not set the
//! limit for all. `time_safety_margin` is recorded for the author: a
//! too-slow submission should need more than the limit times the margin.

use std::path::Path;

use super::{group, io, ImportError, DEFAULT_SECONDS, FUEL_PER_SECOND};
use crate::authoring::validate::{self, round_up};
use crate::judge::Judge;
use crate::verdict::Verdict;

/// The fuel a submission may use while it is being measured: far above
/// any sensible limit, so the slowest accepted submission finishes.
pub const MEASURE_FUEL: u64 = 50_000_000_000;

/// The smallest limit an import sets, so that tiny tests still leave room
/// for a slightly slower correct solution.
pub const MIN_FUEL: u64 = 10_000_000;

/// The timing settings of a Kattis package.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    pub time_multiplier: f64,
    pub time_safety_margin: f64,
    /// An explicit time limit in seconds, if the package states one.
    pub time_limit: Option<f64>,
}

/// The `[limits]` lines before calibration: the package's time limit (or
/// a default) at [`FUEL_PER_SECOND`].
pub fn provisional_limits(timing: &Timing) -> String {
    let seconds = timing.time_limit.unwrap_or(DEFAULT_SECONDS);
    let fuel = ((seconds * FUEL_PER_SECOND as f64) as u64).clamp(MIN_FUEL, MEASURE_FUEL);
    format!(
        "# Provisional: {seconds} s at {} fuel per second. `judge pack import-kattis`\n# replaces it with the slowest accepted submission's fuel x time_multiplier\n# ({}) once the submissions have run.\nfuel = {}",
        group(FUEL_PER_SECOND),
        timing.time_multiplier,
        group(fuel)
    )
}

/// What calibration found.
#[derive(Debug, Clone)]
pub struct Calibration {
    /// The new `limits.fuel`.
    pub fuel: u64,
    /// The slowest accepted submission (`solutions/accepted/sum.cpp`) and
    /// its largest C-equivalent fuel on one test.
    pub slowest: String,
    pub slowest_fuel: u64,
    /// Accepted submissions that were not accepted when measured.
    pub warnings: Vec<String>,
}

/// Runs every accepted submission of the pack in `dir` with fuel to spare,
/// and rewrites its `limits.fuel` to the slowest one's fuel times the
/// multiplier.
pub fn calibrate(dir: &Path, timing: &Timing, judge: &Judge) -> Result<Calibration, ImportError> {
    let pack = validate::load(dir).map_err(|errors| ImportError::Invalid(errors.to_string()))?;
    let mut warnings = Vec::new();
    let mut slowest: Option<(u64, String)> = None;
    for solution in pack
        .solutions
        .iter()
        .filter(|s| s.expected == Verdict::Accepted)
    {
        match validate::fuel_needed(&pack, judge, &solution.source, MEASURE_FUEL) {
            Ok(fuel) => {
                if slowest.as_ref().is_none_or(|(most, _)| fuel > *most) {
                    slowest = Some((fuel, solution.source.path.clone()));
                }
            }
            Err(why) => warnings.push(format!(
                "{} was not accepted while measuring its fuel ({why}); it does not count towards the limit",
                solution.source.path
            )),
        }
    }
    let Some((slowest_fuel, slowest)) = slowest else {
        return Err(ImportError::Invalid(
            "no accepted submission was accepted when run: the fuel limit stays provisional; run `judge pack validate` to see why".into(),
        ));
    };
    let fuel =
        round_up(((slowest_fuel as f64 * timing.time_multiplier).ceil() as u64).max(MIN_FUEL));
    let explicit = timing
        .time_limit
        .map(|s| format!("\n# (The package states a time limit of {s} s.)"))
        .unwrap_or_default();
    let limits = format!(
        "# Kattis: the slowest accepted submission's fuel x time_multiplier {}.\n# Slowest: {slowest}, {} fuel (C-equivalent) on its heaviest test.\n# A too-slow submission should need more than time_safety_margin {} x this.{explicit}\nfuel = {}",
        timing.time_multiplier,
        group(slowest_fuel),
        timing.time_safety_margin,
        group(fuel)
    );
    rewrite_limits(&dir.join("problem.toml"), &limits)?;
    Ok(Calibration {
        fuel,
        slowest,
        slowest_fuel,
        warnings,
    })
}

/// Replaces the lines between `[limits]` and `memory_mib` (the comment and
/// the `fuel` line the import wrote).
fn rewrite_limits(path: &Path, limits: &str) -> Result<(), ImportError> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    let start = text.find("[limits]\n").map(|at| at + "[limits]\n".len());
    let end = start.and_then(|start| Some(start + text[start..].find("\nmemory_mib")?));
    let (Some(start), Some(end)) = (start, end) else {
        return Err(ImportError::Invalid(format!(
            "{}: no [limits] table as the import wrote it",
            path.display()
        )));
    };
    let rewritten = format!("{}{limits}{}", &text[..start], &text[end..]);
    std::fs::write(path, rewritten).map_err(io(path))
}
