//! Measuring fuel per call: every size of the series builds the structure
//! with the build calls and then makes one method's probe calls; the fuel of
//! the probe calls divided by their number is the method's amortised fuel
//! per call at that size. When the driver marks its calls, that is the sum
//! of the probe calls' own user fuel; a program that does not mark (a raw
//! `.wasm`) is also run with the build calls alone, and the difference of
//! the two whole runs is used instead.

use super::fit::{classify, judge, Outcome, FAIL_FIT_ERROR, PASS_GROWTH};
use super::spec::{ComplexitySpec, MIN_SIZES};
use super::{ComplexityReport, ComplexityVerdict, MethodReport, Mode};
use crate::generate::generate_phases;
use crate::signature::Signature;
use crate::vectors::Call;

/// What one run of a call sequence used.
#[derive(Debug, Clone, PartialEq)]
pub struct RunFuel {
    /// The whole run, start-up and driver included.
    pub total: u64,
    /// The user's fuel in each call, in order, when the driver marked them
    /// (`wire::DriverOutput::call_fuel`).
    pub calls: Option<Vec<u64>>,
}

impl RunFuel {
    /// The user fuel of the calls after the first `skip`, when every one of
    /// the run's `made` calls was marked.
    fn marked_after(&self, skip: usize, made: usize) -> Option<u64> {
        let calls = self.calls.as_ref().filter(|c| c.len() == made)?;
        Some(calls[skip.min(made)..].iter().sum())
    }
}

/// Runs a call sequence and says how much fuel it used.
pub trait FuelMeter {
    /// The fuel of one run of `calls`, or why the run did not finish.
    fn run(&self, calls: &[Call]) -> Result<RunFuel, String>;
}

/// One method's measured points, or where measuring stopped.
struct Series {
    points: Vec<(u64, f64)>,
    stopped: Option<String>,
}

/// Measures every required method along the series and classifies it.
pub fn measure(
    spec: &ComplexitySpec,
    signature: &Signature,
    mode: Mode,
    meter: &dyn FuelMeter,
) -> ComplexityReport {
    let mut series: Vec<Series> = spec
        .methods
        .iter()
        .map(|_| Series {
            points: Vec::new(),
            stopped: None,
        })
        .collect();
    for point in &spec.points {
        if series.iter().all(|s| s.stopped.is_some()) {
            break;
        }
        let build: Vec<&crate::generate::GeneratedSpec> = point.build.iter().collect();
        let mut build_only: Option<Vec<Call>> = None;
        // The build calls' whole run, made only for a program that does not
        // mark its calls.
        let mut baseline: Option<Result<u64, String>> = None;
        for (method, out) in spec.methods.iter().zip(series.iter_mut()) {
            if out.stopped.is_some() {
                continue;
            }
            let Some(probe) = point.probes.iter().find(|p| p.method == method.name) else {
                continue;
            };
            let build_calls = build_only.get_or_insert_with(|| {
                let mut only_build = probe.spec.clone();
                only_build.calls = 0;
                let phases: Vec<_> = build.iter().copied().chain([&only_build]).collect();
                generate_phases(signature, spec.seed, &phases)
            });
            let base_calls = build_calls.len();
            let phases: Vec<_> = build.iter().copied().chain([&probe.spec]).collect();
            let calls = generate_phases(signature, spec.seed, &phases);
            let probed = calls.len().saturating_sub(base_calls);
            if probed == 0 {
                out.stopped = Some(format!(
                    "`{}` could not be called at {} = {} (its precondition never held)",
                    method.name, spec.size, point.size
                ));
                continue;
            }
            let probe_fuel = meter.run(&calls).and_then(|run| {
                if let Some(fuel) = run.marked_after(base_calls, calls.len()) {
                    return Ok(fuel);
                }
                let base = baseline.get_or_insert_with(|| meter.run(build_calls).map(|r| r.total));
                match base {
                    Ok(base) => Ok(run.total.saturating_sub(*base)),
                    Err(why) => Err(why.clone()),
                }
            });
            match probe_fuel {
                Ok(fuel) => out.points.push((point.size, fuel as f64 / probed as f64)),
                Err(why) => {
                    out.stopped = Some(format!(
                        "the run measuring `{}` at {} = {} did not finish: {why}",
                        method.name, spec.size, point.size
                    ))
                }
            }
        }
    }
    let methods: Vec<MethodReport> = spec
        .methods
        .iter()
        .zip(series)
        .map(|(method, series)| {
            let xs: Vec<(f64, f64)> = series.points.iter().map(|(x, y)| (*x as f64, y.max(1.0))).collect();
            let required: Vec<f64> = method.values[..xs.len()].to_vec();
            let mut report = MethodReport {
                name: method.name.clone(),
                required: method.required.text.clone(),
                required_growth: method.growth,
                required_values: method.values.clone(),
                measured: None,
                verdict: ComplexityVerdict::Inconclusive,
                reason: None,
                points: series.points.clone(),
            };
            if xs.len() < 2 {
                report.reason = Some(series.stopped.unwrap_or_else(|| "not measured".into()));
                return report;
            }
            let measured = classify(&xs);
            report.measured = Some(measured);
            let outcome = judge(&xs, measured, method.growth, &required);
            match (outcome, series.stopped) {
                (Outcome::Fail, _) => report.verdict = ComplexityVerdict::Fail,
                (_, Some(why)) if xs.len() < MIN_SIZES => report.reason = Some(why),
                (Outcome::Pass, _) => report.verdict = ComplexityVerdict::Pass,
                (Outcome::Inconclusive { growth }, _) => {
                    report.reason = Some(format!(
                        "grows faster than {} (×{growth:.2} beyond it over the series, above the ×{PASS_GROWTH} tolerance), but the requirement plus a constant still fits every point within {:.0}%",
                        method.required.text,
                        100.0 * FAIL_FIT_ERROR
                    ))
                }
            }
            report
        })
        .collect();
    ComplexityReport::from_methods(mode, &spec.size, methods)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack_format::raw::RawComplexity;
    use crate::signature::{Method, Param, Type};

    /// `f(n: int)` probed 4 times with its argument equal to the size.
    fn linear_spec() -> (ComplexitySpec, Signature) {
        let signature = Signature::Function {
            function: Method {
                name: "f".into(),
                params: vec![Param {
                    name: "n".into(),
                    ty: Type::Int,
                }],
                returns: Type::Int,
            },
            immutable_input: false,
        };
        let raw: RawComplexity = toml::from_str(
            r#"
            size = "n"
            sizes = [100, 200, 400, 800, 1600]
            seed = 1
            require = { f = "O(n)" }
            [probe.f]
            calls = 4
            args = [{ int = ["n", "n"] }]
            "#,
        )
        .unwrap();
        let spec = ComplexitySpec::from_raw(&raw, &signature).unwrap();
        (spec, signature)
    }

    /// A program like a Go one: a large start-up, a driver cost per call,
    /// and 100·n user fuel in a call with argument n. Like a real driver's
    /// result channel, a run with no calls has no marks to decode.
    struct GoLike {
        marks: bool,
    }

    impl FuelMeter for GoLike {
        fn run(&self, calls: &[Call]) -> Result<RunFuel, String> {
            let user: Vec<u64> = calls
                .iter()
                .map(|c| 100 * c.args[0].as_u64().unwrap())
                .collect();
            let total = 5_000_000 + user.iter().sum::<u64>() + 1_000 * calls.len() as u64;
            let calls = (self.marks && !user.is_empty()).then_some(user);
            Ok(RunFuel { total, calls })
        }
    }

    fn points(meter: &dyn FuelMeter) -> Vec<(u64, f64)> {
        let (spec, signature) = linear_spec();
        let report = measure(&spec, &signature, Mode::Enforce, meter);
        assert_eq!(report.methods[0].verdict, ComplexityVerdict::Pass);
        report.methods[0].points.clone()
    }

    /// The function problems' build run makes no calls, so it has no marks:
    /// read as "unmarked, charge everything", its whole start-up was
    /// subtracted from the probe calls' user fuel, which saturated to 0 for
    /// the Go merge at small sizes. Marked probe calls are now summed alone.
    #[test]
    fn marked_calls_are_measured_by_their_own_user_fuel() {
        let measured = points(&GoLike { marks: true });
        let expected: Vec<(u64, f64)> = [100u64, 200, 400, 800, 1600]
            .iter()
            .map(|&n| (n, 100.0 * n as f64))
            .collect();
        assert_eq!(measured, expected);
    }

    #[test]
    fn unmarked_programs_are_measured_by_whole_run_differences() {
        let measured = points(&GoLike { marks: false });
        let expected: Vec<(u64, f64)> = [100u64, 200, 400, 800, 1600]
            .iter()
            .map(|&n| (n, 100.0 * n as f64 + 1_000.0))
            .collect();
        assert_eq!(measured, expected);
    }
}
