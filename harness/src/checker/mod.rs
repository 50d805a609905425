//! Checkers: how a run's results are compared with the expected ones. Exact,
//! whitespace-tolerant tokens, float tolerance, unordered arrays, and the
//! statistical checker that only a randomized problem needs, and Kattis'
//! default output validator for imported Kattis packages.

pub mod kattis;
pub mod program;
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
    /// Array results are compared as multisets of their items; with
    /// `rows_unordered`, each item that is itself an array (a row of an
    /// `int[][]`) is also a multiset, so `[[1,2],[3,4]]` equals `[[4,3],[2,1]]`.
    Unordered { rows_unordered: bool },
    /// `getRandom` is judged by membership and uniformity.
    RandomizedSet,
    /// Kattis' default output validator with its `validator_flags`
    /// (stdio only; what imported Kattis packages use).
    Kattis(kattis::KattisFlags),
    /// The pack's own checker program (`program.rs`), run in the sandbox.
    Program(Box<program::CheckerProgram>),
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
            "unordered" => Checker::Unordered {
                rows_unordered: raw.unordered_rows.unwrap_or(false),
            },
            "randomized-set" => Checker::RandomizedSet,
            "kattis" => Checker::Kattis(kattis::KattisFlags::parse(
                raw.validator_flags
                    .as_ref()
                    .map_or("", |flags| flags.get_ref().as_str()),
            )?),
            "program" => Checker::Program(Box::new(program_from_raw(raw)?)),
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
                "checker kind `{other}` must be exact, tokens, float, unordered, randomized-set, kattis, program or linearizable"
            ))
            }
        };
        if raw.model.is_some() && !matches!(checker, Checker::Linearizable(_)) {
            return Err("model is only for checker kind `linearizable`".into());
        }
        if matches!(checker, Checker::Linearizable(_)) != (kind == Kind::Concurrent) {
            return Err("concurrent problems, and only they, use checker `linearizable`".into());
        }
        let program_only = raw.program.is_some()
            || raw.interface.is_some()
            || raw.fuel.is_some()
            || raw.memory_mib.is_some();
        if program_only && !matches!(checker, Checker::Program(_)) {
            return Err(
                "program, interface, fuel and memory_mib are only for checker kind `program`"
                    .into(),
            );
        }
        if raw.validator_flags.is_some()
            && !matches!(checker, Checker::Kattis(_) | Checker::Program(_))
        {
            return Err("validator_flags is only for checker kinds `kattis` and `program`".into());
        }
        if raw.unordered_rows.is_some() && !matches!(checker, Checker::Unordered { .. }) {
            return Err("unordered_rows is only for checker kind `unordered`".into());
        }
        match (&checker, kind) {
            (Checker::Unordered { .. } | Checker::RandomizedSet, Kind::Stdio) => Err(format!(
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
            Checker::Unordered { .. } => "unordered",
            Checker::RandomizedSet => "randomized-set",
            Checker::Kattis(_) => "kattis",
            Checker::Linearizable(_) => "linearizable",
            Checker::Program(_) => "program",
        }
    }

    /// The checker program, when the pack ships one.
    pub fn program(&self) -> Option<&program::CheckerProgram> {
        match self {
            Checker::Program(program) => Some(program),
            _ => None,
        }
    }

    /// Whether one call's result is right.
    pub fn value_matches(&self, expected: &Value, actual: &Value) -> bool {
        match self {
            Checker::Float { tolerance } => floats_match(expected, actual, *tolerance),
            Checker::Unordered { rows_unordered } => match (expected, actual) {
                (Value::Array(e), Value::Array(a)) => {
                    e.len() == a.len()
                        && multiset_keys(e, *rows_unordered) == multiset_keys(a, *rows_unordered)
                }
                _ => json_equal(expected, actual),
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
            Checker::Unordered { .. }
            | Checker::RandomizedSet
            | Checker::Kattis(_)
            | Checker::Program(_)
            | Checker::Linearizable(_) => Err("this checker does not apply to stdio output".into()),
        }
    }
}

/// The items of an array result in a canonical order, each as its compact
/// JSON; with `rows_unordered` an array item's own items are sorted first.
/// Two arrays are equal as multisets exactly when their keys are equal.
fn multiset_keys(items: &[Value], rows_unordered: bool) -> Vec<String> {
    let mut keys: Vec<String> = items
        .iter()
        .map(|item| match item {
            Value::Array(row) if rows_unordered => {
                let mut inner: Vec<String> = row.iter().map(canonical).collect();
                inner.sort_unstable();
                format!("[{}]", inner.join(","))
            }
            other => canonical(other),
        })
        .collect();
    keys.sort_unstable();
    keys
}

/// Compact JSON, with integral floats written as integers so that `1` and
/// `1.0` are the same item, as `json_equal` treats them.
fn canonical(value: &Value) -> String {
    match value {
        Value::Number(n) if n.as_i64().is_none() && n.as_u64().is_none() => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", inner.join(","))
        }
        other => other.to_string(),
    }
}

/// `kind = "program"`: the source's path, interface, flags and limits (its
/// bytes are read by the pack loader).
fn program_from_raw(raw: &RawChecker) -> Result<program::CheckerProgram, String> {
    let path = raw
        .program
        .as_ref()
        .ok_or("checker kind `program` needs `program = \"checker/check.cpp\"`")?
        .get_ref()
        .trim_start_matches("./")
        .to_string();
    let language = crate::language::Language::from_path(std::path::Path::new(&path))
        .filter(|l| *l != crate::language::Language::Wasm)
        .ok_or_else(|| format!("checker program `{path}` is not a .go, .rs, .c or .cpp file"))?;
    let interface = match &raw.interface {
        None => program::Interface::Kattis,
        Some(name) => program::Interface::parse(name.get_ref()).ok_or_else(|| {
            format!(
                "checker interface `{}` must be kattis or testlib",
                name.get_ref()
            )
        })?,
    };
    let flags: Vec<String> = raw
        .validator_flags
        .as_ref()
        .map(|f| f.get_ref().split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    if interface == program::Interface::Testlib && !flags.is_empty() {
        return Err(
            "validator_flags are for the kattis interface; testlib checkers take none".into(),
        );
    }
    let (fuel, memory_mib) = program::limits_from_raw(&raw.fuel, &raw.memory_mib, "checker")?;
    Ok(program::CheckerProgram {
        path,
        language,
        bytes: Vec::new(),
        headers: Vec::new(),
        interface,
        flags,
        fuel,
        memory_mib,
    })
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
        let unordered = Checker::Unordered {
            rows_unordered: false,
        };
        assert!(unordered.value_matches(&json!([1, 2, 2]), &json!([2, 1, 2])));
        assert!(!unordered.value_matches(&json!([1, 2, 2]), &json!([2, 1, 1])));
        assert!(!unordered.value_matches(&json!([1, 2]), &json!([1, 2, 2])));
        assert!(unordered.value_matches(&json!([[1, 2], [3]]), &json!([[3], [1, 2]])));
        assert!(!unordered.value_matches(&json!([[1, 2], [3]]), &json!([[3], [2, 1]])));
        assert!(unordered.value_matches(&json!(7), &json!(7.0)));
        let float = Checker::Float { tolerance: 1e-5 };
        assert!(float.value_matches(&json!(2.5), &json!(2.500001)));
        assert!(!float.value_matches(&json!(2.5), &json!(2.6)));
        assert!(Checker::Exact.value_matches(&json!(1), &json!(1.0)));
    }

    #[test]
    fn unordered_rows_are_multisets_in_any_order() {
        let rows = Checker::Unordered {
            rows_unordered: true,
        };
        // 3sum: triplets in any order, each triplet's values in any order.
        assert!(rows.value_matches(
            &json!([[-1, -1, 2], [-1, 0, 1]]),
            &json!([[0, 1, -1], [2, -1, -1]])
        ));
        // A triplet reported twice, or one missing, is wrong.
        assert!(!rows.value_matches(
            &json!([[-1, -1, 2], [-1, 0, 1]]),
            &json!([[-1, -1, 2], [-1, -1, 2]])
        ));
        assert!(!rows.value_matches(&json!([[-1, -1, 2]]), &json!([])));
        // Rows are multisets, not sets: [0,0,1] is not [0,1,1].
        assert!(!rows.value_matches(&json!([[0, 0, 1]]), &json!([[0, 1, 1]])));
        // Values are compared as numbers, not as digits.
        assert!(!rows.value_matches(&json!([[1, 23]]), &json!([[12, 3]])));
        assert!(rows.value_matches(&json!([[1, 2]]), &json!([[2.0, 1]])));
        assert!(!rows.value_matches(&json!([[1, 2]]), &json!(null)));
    }

    proptest::proptest! {
        /// Any shuffle of the rows, and of the values within each row, is
        /// accepted; changing one value is not.
        #[test]
        fn unordered_rows_accept_shuffles_and_reject_changes(
            rows in proptest::collection::vec(
                proptest::collection::vec(-5i64..5, 0..4), 0..8),
            seed in proptest::prelude::any::<u64>(),
            pick in proptest::prelude::any::<proptest::sample::Index>(),
        ) {
            use rand::seq::SliceRandom;
            use rand::SeedableRng;
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
            let mut shuffled = rows.clone();
            shuffled.shuffle(&mut rng);
            for row in &mut shuffled {
                row.shuffle(&mut rng);
            }
            let rows_checker = Checker::Unordered { rows_unordered: true };
            let flat_checker = Checker::Unordered { rows_unordered: false };
            proptest::prop_assert!(rows_checker.value_matches(&json!(rows), &json!(shuffled)));
            let mut reordered = rows.clone();
            reordered.shuffle(&mut rng);
            proptest::prop_assert!(flat_checker.value_matches(&json!(rows), &json!(reordered)));
            let cells: Vec<(usize, usize)> = shuffled
                .iter()
                .enumerate()
                .flat_map(|(r, row)| (0..row.len()).map(move |c| (r, c)))
                .collect();
            if !cells.is_empty() {
                let (r, c) = cells[pick.index(cells.len())];
                shuffled[r][c] += 100;
                proptest::prop_assert!(!rows_checker.value_matches(&json!(rows), &json!(shuffled)));
            }
        }

        /// Flat unordered arrays match exactly when their sorted items match.
        #[test]
        fn unordered_arrays_match_as_sorted(
            a in proptest::collection::vec(-3i64..3, 0..8),
            b in proptest::collection::vec(-3i64..3, 0..8),
        ) {
            let mut sa = a.clone();
            let mut sb = b.clone();
            sa.sort_unstable();
            sb.sort_unstable();
            let checker = Checker::Unordered { rows_unordered: false };
            proptest::prop_assert_eq!(checker.value_matches(&json!(a), &json!(b)), sa == sb);
        }
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
