//! The fitting rule: which growth class a curve of (size, fuel per call)
//! points follows, and whether that meets a requirement. Fuel is an exact
//! instruction count, so the curves are noise-free; what blurs them is a
//! constant offset (the driver's share of a call, fixed per-call work) and
//! amortised steps (a table doubling inside one window and not another).
//!
//! Rule: for each candidate class g, fit `fuel ≈ a + b·g(size)` by least
//! squares with a, b ≥ 0 and take the largest relative error over the points.
//! The measured class is the slowest-growing candidate whose error is within
//! [`TOLERANCE`] of the best candidate's. See docs/complexity.md.

use super::class::Growth;

/// How much worse (largest relative error) than the best fit a slower class
/// may fit and still be preferred: absorbs amortised steps.
pub const TOLERANCE: f64 = 0.03;

/// Fuel per call growing at least this much beyond the requirement over the
/// series fails outright (a faster class is measured too).
pub const FAIL_GROWTH: f64 = 2.0;

/// Least-squares `a + b·g` with `a, b ≥ 0`; returns the largest relative
/// error of the fit over the points.
fn fit_error(points: &[(f64, f64)], class: Growth) -> f64 {
    let xs: Vec<f64> = points.iter().map(|(x, _)| class.at(*x)).collect();
    let ys: Vec<f64> = points.iter().map(|(_, y)| *y).collect();
    let n = xs.len() as f64;
    let mean_x = xs.iter().sum::<f64>() / n;
    let mean_y = ys.iter().sum::<f64>() / n;
    let sxx: f64 = xs.iter().map(|x| (x - mean_x).powi(2)).sum();
    let sxy: f64 = xs
        .iter()
        .zip(&ys)
        .map(|(x, y)| (x - mean_x) * (y - mean_y))
        .sum();
    let mut candidates = vec![(mean_y, 0.0)];
    let through_origin = xs.iter().zip(&ys).map(|(x, y)| x * y).sum::<f64>()
        / xs.iter().map(|x| x * x).sum::<f64>().max(f64::MIN_POSITIVE);
    candidates.push((0.0, through_origin.max(0.0)));
    if sxx > 0.0 {
        let b = sxy / sxx;
        let a = mean_y - b * mean_x;
        if a >= 0.0 && b >= 0.0 {
            candidates.push((a, b));
        }
    }
    candidates
        .into_iter()
        .map(|(a, b)| {
            xs.iter()
                .zip(&ys)
                .map(|(x, y)| ((a + b * x) - y).abs() / y.abs().max(1.0))
                .fold(0.0, f64::max)
        })
        .fold(f64::INFINITY, f64::min)
}

/// The growth class of `(size, fuel per call)` points (sizes increasing).
pub fn classify(points: &[(f64, f64)]) -> Growth {
    let errors: Vec<(Growth, f64)> = Growth::ALL
        .iter()
        .map(|&class| (class, fit_error(points, class)))
        .collect();
    let best = errors.iter().map(|(_, e)| *e).fold(f64::INFINITY, f64::min);
    errors
        .iter()
        .find(|(_, e)| *e <= best + TOLERANCE)
        .map_or(Growth::Constant, |(class, _)| *class)
}

/// How a method's measured growth compares with its requirement.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Pass,
    Fail,
    /// Grows faster than required, but not clearly: `growth` is how much
    /// fuel per call grew beyond the requirement over the series.
    Inconclusive {
        growth: f64,
    },
}

/// Below this growth beyond the requirement (robust endpoints, see
/// [`growth_beyond`]), a faster-looking class still passes: a log factor,
/// or a garbage collector's cycles landing in some windows and not others.
pub const PASS_GROWTH: f64 = 1.5;

/// The requirement (with any constant offset) must miss some point by more
/// than this share before a faster class can fail.
pub const FAIL_FIT_ERROR: f64 = 0.25;

/// How much fuel per call grew beyond the requirement: the ratio of
/// fuel/requirement over the two largest sizes to that over the two
/// smallest (geometric means, so one bumpy window weighs little).
pub fn growth_beyond(points: &[(f64, f64)], required: &[f64]) -> f64 {
    let r: Vec<f64> = points
        .iter()
        .zip(required)
        .map(|((_, y), req)| y.max(f64::MIN_POSITIVE) / req.max(f64::MIN_POSITIVE))
        .collect();
    let n = r.len();
    if n < 2 {
        return 1.0;
    }
    let k = if n >= 4 { 2 } else { 1 };
    let mean = |s: &[f64]| (s.iter().map(|v| v.ln()).sum::<f64>() / s.len() as f64).exp();
    mean(&r[n - k..]) / mean(&r[..k])
}

/// Compares points with the requirement's values at the same sizes
/// (`required[i]` for `points[i]`).
pub fn judge(
    points: &[(f64, f64)],
    measured: Growth,
    required_class: Growth,
    required: &[f64],
) -> Outcome {
    let growth = growth_beyond(points, required);
    if measured <= required_class || growth < PASS_GROWTH {
        return Outcome::Pass;
    }
    if growth >= FAIL_GROWTH || fit_error(points, required_class) >= FAIL_FIT_ERROR {
        Outcome::Fail
    } else {
        Outcome::Inconclusive { growth }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZES: [f64; 5] = [1000.0, 2000.0, 4000.0, 8000.0, 16000.0];

    fn curve(f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
        SIZES.iter().map(|&x| (x, f(x))).collect()
    }

    fn lg(x: f64) -> f64 {
        x.log2()
    }

    #[test]
    fn noise_free_curves_classify_exactly() {
        assert_eq!(classify(&curve(|_| 42.0)), Growth::Constant);
        assert_eq!(classify(&curve(|x| 7.0 * lg(x))), Growth::Log);
        assert_eq!(classify(&curve(|x| 3.0 * x)), Growth::Linear);
        assert_eq!(classify(&curve(|x| 2.0 * x * lg(x))), Growth::LinearLog);
        assert_eq!(classify(&curve(|x| 0.5 * x * x)), Growth::Quadratic);
        assert_eq!(classify(&curve(|x| x * x * x)), Growth::Cubic);
    }

    #[test]
    fn small_constant_offsets_do_not_change_the_class() {
        assert_eq!(classify(&curve(|_| 300.0)), Growth::Constant);
        assert_eq!(classify(&curve(|x| 300.0 + 40.0 * lg(x))), Growth::Log);
        assert_eq!(classify(&curve(|x| 300.0 + 3.0 * x)), Growth::Linear);
        assert_eq!(classify(&curve(|x| 300.0 + x * lg(x))), Growth::LinearLog);
        assert_eq!(classify(&curve(|x| 300.0 + x * x)), Growth::Quadratic);
        assert_eq!(classify(&curve(|x| 300.0 + x * x * x)), Growth::Cubic);
    }

    /// A vector pushed `n` times from size `n` (capacity doubling from 1,
    /// each element copied once per doubling): the average cost per push.
    fn doubling_pushes(n: f64) -> f64 {
        let n = n as u64;
        let mut capacity = 1u64;
        while capacity < n {
            capacity *= 2;
        }
        let mut cost = 0u64;
        for len in n..2 * n {
            if len == capacity {
                cost += 8 * len;
                capacity *= 2;
            }
            cost += 12;
        }
        cost as f64 / n as f64
    }

    #[test]
    fn amortised_doubling_steps_are_constant() {
        assert_eq!(classify(&curve(doubling_pushes)), Growth::Constant);
        // Windows that do not line up with the doublings.
        let odd: Vec<(f64, f64)> = [700.0, 1500.0, 2900.0, 6100.0, 12500.0]
            .iter()
            .map(|&x| (x, doubling_pushes(x)))
            .collect();
        assert_eq!(classify(&odd), Growth::Constant);
    }

    #[test]
    fn the_verdict_needs_clear_extra_growth_to_fail() {
        let required = vec![1.0; SIZES.len()];
        let linear = curve(|x| 300.0 + 0.3 * x);
        assert_eq!(
            judge(&linear, classify(&linear), Growth::Constant, &required),
            Outcome::Fail
        );
        let constant = curve(|_| 300.0);
        assert_eq!(
            judge(&constant, classify(&constant), Growth::Constant, &required),
            Outcome::Pass
        );
        // A log factor over one 16x span is within tolerance.
        let log = curve(|x| 40.0 * lg(x));
        assert_eq!(
            judge(&log, classify(&log), Growth::Constant, &required),
            Outcome::Pass
        );
        // Garbage-collector bumps: some windows pay a collection, others not.
        let bumpy = vec![
            (1000.0, 13806.0),
            (2000.0, 47794.0),
            (4000.0, 15650.0),
            (8000.0, 42467.0),
            (16000.0, 18654.0),
        ];
        assert_eq!(
            judge(&bumpy, classify(&bumpy), Growth::Constant, &required),
            Outcome::Pass
        );
        // Faster than required with a large offset (a driver's O(N) parsing)
        // still fails when the requirement cannot explain the curve: an
        // O(N k) merge measured along k with N = 32k.
        let ks = [16.0, 32.0, 64.0, 128.0, 256.0];
        let merge: Vec<(f64, f64)> = ks
            .iter()
            .zip([530874.0, 1249816.0, 3261222.0, 9628564.0, 31381358.0])
            .map(|(k, y)| (*k, y))
            .collect();
        let k_log_k: Vec<f64> = ks.iter().map(|k| 32.0 * k * lg(*k)).collect();
        assert_eq!(classify(&merge), Growth::Quadratic);
        assert_eq!(
            judge(&merge, Growth::Quadratic, Growth::LinearLog, &k_log_k),
            Outcome::Fail
        );
        // Faster than required is always fine.
        let linear_req: Vec<f64> = SIZES.to_vec();
        assert_eq!(
            judge(&log, classify(&log), Growth::Linear, &linear_req),
            Outcome::Pass
        );
        let quadratic = curve(|x| x * x);
        assert_eq!(
            judge(
                &quadratic,
                classify(&quadratic),
                Growth::Linear,
                &linear_req
            ),
            Outcome::Fail
        );
    }
}
