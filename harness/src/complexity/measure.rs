//! Measuring fuel per call: every size of the series is run once with only
//! the build calls and once more per method with that method's probe calls
//! appended; the difference divided by the number of probe calls is the
//! method's amortised fuel per call at that size. Sources of fuel sit behind
//! [`FuelMeter`], so a meter that reads the user's own fuel per call can
//! replace whole-run totals without touching the rest.

use super::fit::{classify, judge, Outcome, FAIL_FIT_ERROR, PASS_GROWTH};
use super::spec::{ComplexitySpec, MIN_SIZES};
use super::{ComplexityReport, ComplexityVerdict, MethodReport, Mode};
use crate::generate::generate_phases;
use crate::signature::Signature;
use crate::vectors::Call;

/// Runs a call sequence and says how much fuel it used.
pub trait FuelMeter {
    /// The fuel of one run of `calls`, or why the run did not finish.
    fn fuel(&self, calls: &[Call]) -> Result<u64, String>;
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
        let mut baseline: Option<Result<(usize, u64), String>> = None;
        for (method, out) in spec.methods.iter().zip(series.iter_mut()) {
            if out.stopped.is_some() {
                continue;
            }
            let Some(probe) = point.probes.iter().find(|p| p.method == method.name) else {
                continue;
            };
            let base = baseline.get_or_insert_with(|| {
                let mut only_build = probe.spec.clone();
                only_build.calls = 0;
                let phases: Vec<_> = build.iter().copied().chain([&only_build]).collect();
                let calls = generate_phases(signature, spec.seed, &phases);
                meter.fuel(&calls).map(|fuel| (calls.len(), fuel))
            });
            let (base_calls, base_fuel) = match base {
                Ok(b) => *b,
                Err(why) => {
                    out.stopped = Some(format!(
                        "the run at {} = {} did not finish: {why}",
                        spec.size, point.size
                    ));
                    continue;
                }
            };
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
            match meter.fuel(&calls) {
                Ok(fuel) => out.points.push((
                    point.size,
                    fuel.saturating_sub(base_fuel) as f64 / probed as f64,
                )),
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
