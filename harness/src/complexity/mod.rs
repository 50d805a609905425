//! The complexity verdict: separate from the tests' verdict, it asks whether
//! the solution has the algorithm the problem asks for. A pack declares the
//! required growth of each method ([`spec`]); the judge measures fuel per
//! call over a scaling series ([`measure`]), fits the growth ([`fit`]) and
//! compares. docs/complexity.md describes the model.

pub mod class;
pub mod fit;
pub mod measure;
pub mod plot;
pub mod spec;

pub use class::{Growth, Required};
pub use measure::{measure, FuelMeter, RunFuel};
pub use spec::ComplexitySpec;

/// Whether the complexity check runs and whether it can fail a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Mode {
    /// Not measured.
    Off,
    /// Measured and reported; never changes the exit code.
    Advisory,
    /// Measured; a failure fails the submission (the verdict stays).
    #[default]
    Enforce,
}

impl Mode {
    pub fn parse(text: &str) -> Option<Mode> {
        match text {
            "off" => Some(Mode::Off),
            "advisory" => Some(Mode::Advisory),
            "enforce" => Some(Mode::Enforce),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::Off => "off",
            Mode::Advisory => "advisory",
            Mode::Enforce => "enforce",
        }
    }
}

/// The outcome for one method or for the whole submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ComplexityVerdict {
    Pass,
    Fail,
    /// Measured, but the series cannot tell (see the reason).
    Inconclusive,
    /// Not measured: the check is off, the pack declares no requirement, or
    /// the tests did not pass.
    Off,
}

impl ComplexityVerdict {
    pub fn name(self) -> &'static str {
        match self {
            ComplexityVerdict::Pass => "pass",
            ComplexityVerdict::Fail => "fail",
            ComplexityVerdict::Inconclusive => "inconclusive",
            ComplexityVerdict::Off => "off",
        }
    }
}

/// One method's requirement, measured curve and verdict.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MethodReport {
    pub name: String,
    /// As the pack writes it: `O(N log k)`.
    pub required: String,
    /// The requirement along the series, as a candidate class.
    pub required_growth: Growth,
    /// The requirement's value at each size of the series.
    pub required_values: Vec<f64>,
    /// The class the measured curve follows (`None` if too few points).
    pub measured: Option<Growth>,
    pub verdict: ComplexityVerdict,
    /// Why the verdict is inconclusive.
    pub reason: Option<String>,
    /// (size, fuel per call), sizes increasing.
    pub points: Vec<(u64, f64)>,
}

/// The complexity check of one submission.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ComplexityReport {
    pub mode: Mode,
    pub verdict: ComplexityVerdict,
    /// The parameter the series varies (`n`).
    pub size: String,
    pub methods: Vec<MethodReport>,
    /// Why it was not measured (verdict `Off`).
    pub reason: Option<String>,
}

impl ComplexityReport {
    /// Not measured, and why.
    pub fn off(mode: Mode, reason: &str) -> ComplexityReport {
        ComplexityReport {
            mode,
            verdict: ComplexityVerdict::Off,
            size: String::new(),
            methods: Vec::new(),
            reason: Some(reason.to_string()),
        }
    }

    fn from_methods(mode: Mode, size: &str, methods: Vec<MethodReport>) -> ComplexityReport {
        let any = |v| methods.iter().any(|m| m.verdict == v);
        let verdict = if any(ComplexityVerdict::Fail) {
            ComplexityVerdict::Fail
        } else if any(ComplexityVerdict::Inconclusive) {
            ComplexityVerdict::Inconclusive
        } else {
            ComplexityVerdict::Pass
        };
        ComplexityReport {
            mode,
            verdict,
            size: size.to_string(),
            methods,
            reason: None,
        }
    }

    /// Whether this check fails the submission (a failure under `enforce`).
    pub fn fails_submission(&self) -> bool {
        self.mode == Mode::Enforce && self.verdict == ComplexityVerdict::Fail
    }

    /// `complexity pass: push O(1), getMin O(1)`: the measured classes.
    pub fn summary(&self) -> String {
        if self.methods.is_empty() {
            return format!(
                "complexity {}{}",
                self.verdict.name(),
                self.reason
                    .as_deref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default()
            );
        }
        let classes: Vec<String> = self
            .methods
            .iter()
            .map(|m| {
                let measured = m.measured.map_or("?".into(), |g| g.in_terms_of(&self.size));
                format!("{} {measured}", m.name)
            })
            .collect();
        format!("complexity {}: {}", self.verdict.name(), classes.join(", "))
    }

    /// One line per method that did not pass, for people.
    pub fn messages(&self) -> Vec<String> {
        self.methods
            .iter()
            .filter(|m| m.verdict != ComplexityVerdict::Pass)
            .map(|m| self.method_message(m))
            .collect()
    }

    /// "`getMin` grows as O(n) (fuel per call 310 → 4,960 as n goes
    /// 1,000 → 16,000); the problem asks for O(1)".
    pub fn method_message(&self, method: &MethodReport) -> String {
        let curve = match (method.points.first(), method.points.last()) {
            (Some(first), Some(last)) if method.points.len() >= 2 => format!(
                " (fuel per call {} → {} as {} goes {} → {})",
                thousands(first.1.round() as u64),
                thousands(last.1.round() as u64),
                self.size,
                thousands(first.0),
                thousands(last.0)
            ),
            _ => String::new(),
        };
        let grows = match method.measured {
            Some(growth) => format!("grows as {}{curve}", growth.in_terms_of(&self.size)),
            None => "could not be measured".to_string(),
        };
        let mut text = format!(
            "`{}` {grows}; the problem asks for {}",
            method.name, method.required
        );
        if let Some(reason) = &method.reason {
            text.push_str(&format!(" (inconclusive: {reason})"));
        }
        text
    }
}

/// `4960` → `4,960`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
