//! Growth classes: the candidate classes a measured curve is fitted to
//! (O(1) … O(n³), in the one size a series varies), and the complexity a pack
//! requires, written as LeetCode states it in its own parameters
//! (`O(N log k)`), which the series reduces to a candidate class.

use std::collections::BTreeMap;
use std::fmt;

/// A candidate growth class, in the size a series varies. Ordered from
/// slowest to fastest growing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Growth {
    Constant,
    Log,
    Linear,
    LinearLog,
    Quadratic,
    Cubic,
}

impl Growth {
    pub const ALL: [Growth; 6] = [
        Growth::Constant,
        Growth::Log,
        Growth::Linear,
        Growth::LinearLog,
        Growth::Quadratic,
        Growth::Cubic,
    ];

    /// The class's shape at size `x` (up to a constant factor).
    pub fn at(self, x: f64) -> f64 {
        let log = x.max(2.0).log2();
        match self {
            Growth::Constant => 1.0,
            Growth::Log => log,
            Growth::Linear => x,
            Growth::LinearLog => x * log,
            Growth::Quadratic => x * x,
            Growth::Cubic => x * x * x,
        }
    }

    /// `O(n log n)`, written in the series' size parameter.
    pub fn in_terms_of(self, size: &str) -> String {
        match self {
            Growth::Constant => "O(1)".into(),
            Growth::Log => format!("O(log {size})"),
            Growth::Linear => format!("O({size})"),
            Growth::LinearLog => format!("O({size} log {size})"),
            Growth::Quadratic => format!("O({size}²)"),
            Growth::Cubic => format!("O({size}³)"),
        }
    }
}

/// One factor of a required class: `p^power · (log p)^log_power`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Factor {
    param: String,
    power: u32,
    log_power: u32,
}

/// A required complexity as the pack writes it: `O(1)`, `O(L)`,
/// `O(N log k)`, `O(n^2)`: a product of parameters, their powers and logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Required {
    /// As written in `problem.toml`.
    pub text: String,
    factors: Vec<Factor>,
}

impl Required {
    /// Parses `O(...)`: terms separated by spaces or `*`/`·`, each a
    /// parameter (`n`, `n^2`, `n²`) or `log` followed by a parameter.
    pub fn parse(text: &str) -> Result<Required, String> {
        let bad = |why: &str| {
            format!("`{text}` is not a complexity class ({why}); write e.g. \"O(1)\", \"O(n)\", \"O(N log k)\", \"O(n^2)\"")
        };
        let inner = text
            .trim()
            .strip_prefix("O(")
            .and_then(|t| t.strip_suffix(')'))
            .ok_or_else(|| bad("it must look like O(...)"))?;
        let mut factors: Vec<Factor> = Vec::new();
        let mut pending_log = false;
        for token in inner
            .split(|c: char| c.is_whitespace() || c == '*' || c == '·')
            .filter(|t| !t.is_empty())
        {
            if token == "1" && !pending_log {
                continue;
            }
            if token == "log" {
                if pending_log {
                    return Err(bad("`log log` is not supported"));
                }
                pending_log = true;
                continue;
            }
            let (param, power) = split_power(token).ok_or_else(|| bad("unknown term"))?;
            let factor = match factors.iter_mut().find(|f| f.param == param) {
                Some(f) => f,
                None => {
                    factors.push(Factor {
                        param: param.to_string(),
                        power: 0,
                        log_power: 0,
                    });
                    factors.last_mut().ok_or_else(|| bad("empty"))?
                }
            };
            if pending_log {
                factor.log_power += power;
            } else {
                factor.power += power;
            }
            pending_log = false;
        }
        if pending_log {
            return Err(bad("`log` needs a parameter after it"));
        }
        Ok(Required {
            text: text.trim().to_string(),
            factors,
        })
    }

    /// The parameters the class names.
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.factors.iter().map(|f| f.param.as_str())
    }

    /// The class's value for the given parameter values (missing ones
    /// count as constants).
    pub fn at(&self, values: &BTreeMap<String, f64>) -> f64 {
        self.factors.iter().fold(1.0, |acc, f| {
            let v = values.get(&f.param).copied().unwrap_or(1.0).max(1.0);
            acc * v.powi(f.power as i32) * v.max(2.0).log2().powi(f.log_power as i32)
        })
    }
}

impl fmt::Display for Required {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// `n`, `n^2`, `n²` → (`n`, 2).
fn split_power(token: &str) -> Option<(&str, u32)> {
    let (name, power) = if let Some((name, p)) = token.split_once('^') {
        (name, p.parse().ok()?)
    } else if let Some(name) = token.strip_suffix('²') {
        (name, 2)
    } else if let Some(name) = token.strip_suffix('³') {
        (name, 3)
    } else {
        (token, 1)
    };
    let valid = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    (valid && (1..=3).contains(&power)).then_some((name, power))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn parses_leetcode_style_classes() {
        let r = Required::parse("O(N log k)").unwrap();
        assert_eq!(r.params().collect::<Vec<_>>(), ["N", "k"]);
        assert_eq!(r.at(&values(&[("N", 64.0), ("k", 8.0)])), 64.0 * 3.0);
        assert_eq!(Required::parse("O(1)").unwrap().at(&values(&[])), 1.0);
        assert_eq!(
            Required::parse("O(n^2)")
                .unwrap()
                .at(&values(&[("n", 4.0)])),
            16.0
        );
        assert_eq!(
            Required::parse("O(n²)").unwrap().at(&values(&[("n", 4.0)])),
            16.0
        );
        for bad in ["n", "O(n", "O(log)", "O(n^9)", "O(2n)", "O(log log n)"] {
            assert!(Required::parse(bad).is_err(), "{bad}");
        }
    }
}
