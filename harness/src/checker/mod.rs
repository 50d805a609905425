//! Checkers: how a run's results are compared with the expected ones. Exact,
//! whitespace-tolerant tokens, float tolerance, unordered arrays, and the
//! statistical checker that only a randomized problem needs, and Kattis'
//! default output validator for imported Kattis packages.

pub mod kattis;
pub mod randomized_set;

use serde_json::Value;

use crate::concurrent::Model;
use crate::pack_format::raw::RawChecker;
use crate::pack_format::Kind;

/// A pack's checker.
#[derive(Debug, Clone, PartialEq)]
pub enum Checker {
    /// Results (or stdout) must match exactly; stdio ignores trailing
    /// whitespace at the end of lines and of the output.
    Exact,
    /// Whitespace-separated tokens must match.
    Tokens { case_sensitive: bool },
    /// Numbers may differ by `tolerance`, absolute or relative.
    Float { tolerance: f64 },
    /// Array results are compared as multisets.
    Unordered,
    /// `getRandom` is judged by membership and uniformity.
    RandomizedSet,
    /// Kattis' default output validator with its `validator_flags`
    /// (stdio only; what imported Kattis packages use).
    Kattis(kattis::KattisFlags),
    /// Concurrent problems: every explored history must be linearizable
    /// against the sequential model.
    Linearizable(Model),
}

impl Checker {
    pub(crate) fn from_raw(raw: &RawChecker, kind: Kind) -> Result<Checker, String> {
        let checker = match raw.kind.get_ref().as_str() {
            "exact" => Checker::Exact,
            "tokens" if raw.space_sensitive == Some(true) => Checker::Exact,
            "tokens" => Checker::Tokens {
                case_sensitive: raw.case_sensitive.unwrap_or(true),
            },
            "float" => {
                let tolerance = raw
                    .float_tolerance
                    .as_ref()
                    .map(|t| *t.get_ref())
                    .unwrap_or(1e-6);
                if !(tolerance > 0.0 && tolerance < 1.0) {
                    return Err(format!(
                        "float_tolerance {tolerance} must be between 0 and 1"
                    ));
                }
                Checker::Float { tolerance }
            }
            "unordered" => Checker::Unordered,
            "randomized-set" => Checker::RandomizedSet,
            "kattis" => Checker::Kattis(kattis::KattisFlags::parse(
                raw.validator_flags
                    .as_ref()
                    .map_or("", |flags| flags.get_ref().as_str()),
            )?),
            "linearizable" => {
                let name = raw.model.as_ref().map(|m| m.get_ref().as_str()).unwrap_or("");
                Checker::Linearizable(Model::parse(name).ok_or_else(|| {
                    format!(
                        "checker `linearizable` needs `model` = {}",
                        Model::NAMES.map(|n| format!("\"{n}\"")).join(" or ")
                    )
                })?)
            }
            other => {
                return Err(format!(
                "checker kind `{other}` must be exact, tokens, float, unordered, randomized-set, kattis or linearizable"
            ))
            }
        };
        if raw.model.is_some() && !matches!(checker, Checker::Linearizable(_)) {
            return Err("model is only for checker kind `linearizable`".into());
        }
        if matches!(checker, Checker::Linearizable(_)) != (kind == Kind::Concurrent) {
            return Err("concurrent problems, and only they, use checker `linearizable`".into());
        }
        if raw.validator_flags.is_some() && !matches!(checker, Checker::Kattis(_)) {
            return Err("validator_flags is only for checker kind `kattis`".into());
        }
        match (&checker, kind) {
            (Checker::Unordered | Checker::RandomizedSet, Kind::Stdio) => Err(format!(
                "checker `{}` is not for stdio problems",
                checker.name()
            )),
            (Checker::RandomizedSet, Kind::Function) => {
                Err("checker `randomized-set` is for class problems".into())
            }
            (Checker::Kattis(_), Kind::Class | Kind::Function | Kind::Concurrent) => {
                Err("checker `kattis` is for stdio problems".into())
            }
            _ => Ok(checker),
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Checker::Exact => "exact",
            Checker::Tokens { .. } => "tokens",
            Checker::Float { .. } => "float",
            Checker::Unordered => "unordered",
            Checker::RandomizedSet => "randomized-set",
            Checker::Kattis(_) => "kattis",
            Checker::Linearizable(_) => "linearizable",
        }
    }

    /// Whether one call's result is right.
    pub fn value_matches(&self, expected: &Value, actual: &Value) -> bool {
        match self {
            Checker::Float { tolerance } => floats_match(expected, actual, *tolerance),
            Checker::Unordered => match (expected, actual) {
                (Value::Array(e), Value::Array(a)) => {
                    let mut e: Vec<String> = e.iter().map(Value::to_string).collect();
                    let mut a: Vec<String> = a.iter().map(Value::to_string).collect();
                    e.sort();
                    a.sort();
                    e == a
                }
                _ => expected == actual,
            },
            _ => json_equal(expected, actual),
        }
    }

    /// Compares a stdio program's output with the answer file. The error
    /// says where they first differ.
    pub fn compare_output(&self, answer: &[u8], output: &[u8]) -> Result<(), String> {
        if let Checker::Kattis(flags) = self {
            // Bytes, never decoded: Kattis compares non-UTF-8 output exactly.
            return kattis::compare(flags, answer, output);
        }
        let answer = String::from_utf8_lossy(answer);
        let output = String::from_utf8_lossy(output);
        match self {
            Checker::Exact => {
                let a: Vec<&str> = answer.trim_end().lines().map(str::trim_end).collect();
                let o: Vec<&str> = output.trim_end().lines().map(str::trim_end).collect();
                for (i, (x, y)) in a.iter().zip(&o).enumerate() {
                    if x != y {
                        return Err(format!(
                            "line {}: expected `{}`, got `{}`",
                            i + 1,
                            short(x),
                            short(y)
                        ));
                    }
                }
                if a.len() != o.len() {
                    return Err(format!("expected {} line(s), got {}", a.len(), o.len()));
                }
                Ok(())
            }
            Checker::Tokens { case_sensitive } => compare_tokens(&answer, &output, |x, y| {
                if *case_sensitive {
                    x == y
                } else {
                    x.eq_ignore_ascii_case(y)
                }
            }),
            Checker::Float { tolerance } => compare_tokens(&answer, &output, |x, y| {
                match (x.parse::<f64>(), y.parse::<f64>()) {
                    (Ok(a), Ok(b)) => close(a, b, *tolerance),
                    _ => x == y,
                }
            }),
            Checker::Unordered
            | Checker::RandomizedSet
            | Checker::Kattis(_)
            | Checker::Linearizable(_) => Err("this checker does not apply to stdio output".into()),
        }
    }
}

fn short(text: &str) -> String {
    crate::vectors::truncate(text, 80)
}

fn compare_tokens(
    answer: &str,
    output: &str,
    same: impl Fn(&str, &str) -> bool,
) -> Result<(), String> {
    let mut a = answer.split_whitespace();
    let mut o = output.split_whitespace();
    let mut index = 0;
    loop {
        index += 1;
        match (a.next(), o.next()) {
            (None, None) => return Ok(()),
            (Some(x), Some(y)) if same(x, y) => {}
            (Some(x), Some(y)) => {
                return Err(format!(
                    "token {index}: expected `{}`, got `{}`",
                    short(x),
                    short(y)
                ))
            }
            (Some(x), None) => {
                return Err(format!(
                    "output ended early: expected `{}` as token {index}",
                    short(x)
                ))
            }
            (None, Some(y)) => {
                return Err(format!("extra output from token {index}: `{}`", short(y)))
            }
        }
    }
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    let diff = (a - b).abs();
    diff <= tolerance || diff <= tolerance * a.abs().max(b.abs())
}

/// JSON equality where `1` and `1.0` are the same number.
fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| json_equal(x, y))
        }
        _ => a == b,
    }
}

fn floats_match(a: &Value, b: &Value, tolerance: f64) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => close(x, y, tolerance),
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| floats_match(x, y, tolerance))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn value_checkers() {
        assert!(Checker::Exact.value_matches(&json!([1, 2]), &json!([1, 2])));
        assert!(!Checker::Exact.value_matches(&json!([1, 2]), &json!([2, 1])));
        assert!(Checker::Unordered.value_matches(&json!([1, 2, 2]), &json!([2, 1, 2])));
        assert!(!Checker::Unordered.value_matches(&json!([1, 2, 2]), &json!([2, 1, 1])));
        let float = Checker::Float { tolerance: 1e-5 };
        assert!(float.value_matches(&json!(2.5), &json!(2.500001)));
        assert!(!float.value_matches(&json!(2.5), &json!(2.6)));
        assert!(Checker::Exact.value_matches(&json!(1), &json!(1.0)));
    }

    #[test]
    fn stdio_checkers() {
        assert!(Checker::Exact
            .compare_output(b"1 2\n3\n", b"1 2  \n3")
            .is_ok());
        let err = Checker::Exact
            .compare_output(b"1 2\n3\n", b"1 2\n4\n")
            .unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        let tokens = Checker::Tokens {
            case_sensitive: false,
        };
        assert!(tokens.compare_output(b"YES 1\n", b"yes\n\n1").is_ok());
        assert!(tokens.compare_output(b"YES 1\n", b"yes").is_err());
        let float = Checker::Float { tolerance: 1e-6 };
        assert!(float.compare_output(b"0.333333333\n", b"0.3333333").is_ok());
        assert!(float.compare_output(b"0.3333\n", b"0.34").is_err());
    }
}
