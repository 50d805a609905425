//! The randomized-set checker on a generated test without copies. Its tests
//! are the largest (200,000 calls), and judging one the general way
//! regenerated every call and parsed every expected and actual result into
//! JSON trees at once: about 50 MB per test, with tests run side by side.
//! Here the calls are read back from the driver's stdin the test already
//! holds and each result line is parsed as the replay reaches it, so only
//! the replayed set is kept. This is only the accepting path: whenever it
//! does not accept, the general path judges the test again and reports the
//! failure (with the calls around it) exactly as before.

use serde_json::Value;

use crate::checker::randomized_set::{self, CallRecord};
use crate::prepared::PreparedCalls;
use crate::signature::{Signature, Type};
use crate::wire;

/// Whether the randomized-set checker accepts `output` for `prepared`, read
/// in place. `false` means "judge it the general way", not a rejection.
pub(super) fn accepts(
    signature: &Signature,
    prepared: &PreparedCalls,
    output: &wire::RawOutput<'_>,
) -> bool {
    if !integer_params_only(signature) || output.results.len() != prepared.len() {
        return false;
    }
    let Some(calls) = StdinCalls::new(prepared.stdin(), prepared.len()) else {
        return false;
    };
    // A line that is not a JSON value (or is a driver's violation report)
    // ends the replay; the general path says what was wrong with it.
    let parse = |line: &[u8]| -> Option<Value> {
        match line.first() {
            Some(b'!') => None,
            _ => serde_json::from_slice(line).ok(),
        }
    };
    let expected = (0..prepared.len()).map_while(|i| parse(prepared.line(i)));
    let mut expected = Counted::new(expected, prepared.len());
    let actual = output.results.iter().map_while(|line| parse(line));
    let mut actual = Counted::new(actual, output.results.len());
    let judged = randomized_set::check(calls, expected.by_ref(), actual.by_ref());
    // The checker reads one of each per call, unless a line did not parse.
    judged.is_ok() && actual.complete() && expected.complete()
}

/// Whether every constructor and method parameter is an integer, so each
/// token after a call's name on the driver's stdin is one integer argument
/// (docs/protocol.md), the same number its JSON value holds.
fn integer_params_only(signature: &Signature) -> bool {
    let Signature::Class {
        constructor,
        methods,
        ..
    } = signature
    else {
        return false;
    };
    constructor
        .iter()
        .chain(methods.iter().flat_map(|m| &m.params))
        .all(|p| matches!(p.ty, Type::Int | Type::Long))
}

/// The calls of a test as the driver reads them: the call count on the
/// first line, then one call a line, its name and its arguments as tokens.
#[derive(Clone)]
struct StdinCalls<'a> {
    lines: std::str::Lines<'a>,
}

impl<'a> StdinCalls<'a> {
    /// The calls of `stdin`, which must announce `count` of them.
    fn new(stdin: &'a [u8], count: usize) -> Option<StdinCalls<'a>> {
        let mut lines = std::str::from_utf8(stdin).ok()?.lines();
        let announced: usize = lines.next()?.parse().ok()?;
        (announced == count && lines.clone().count() == count).then_some(StdinCalls { lines })
    }
}

impl<'a> Iterator for StdinCalls<'a> {
    type Item = StdinCall<'a>;

    fn next(&mut self) -> Option<StdinCall<'a>> {
        let line = self.lines.next()?;
        let (name, args) = line.split_once(' ').unwrap_or((line, ""));
        Some(StdinCall { name, args })
    }
}

/// One call line: the name, and its integer arguments separated by spaces.
struct StdinCall<'a> {
    name: &'a str,
    args: &'a str,
}

impl CallRecord for StdinCall<'_> {
    fn name(&self) -> &str {
        self.name
    }
    fn int_arg(&self) -> Option<i64> {
        self.args.split(' ').next()?.parse().ok()
    }
    fn args_text(&self) -> String {
        self.args.split(' ').collect::<Vec<_>>().join(", ")
    }
}

/// An iterator that says how many items it will yield before it is read
/// (what the checker compares with the call count), and afterwards whether
/// it yielded them all (a line that did not parse stops it early).
struct Counted<I> {
    inner: I,
    left: usize,
}

impl<I: Iterator> Counted<I> {
    fn new(inner: I, len: usize) -> Self {
        Counted { inner, left: len }
    }

    fn complete(&self) -> bool {
        self.left == 0
    }
}

impl<I: Iterator> Iterator for Counted<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let item = self.inner.next()?;
        self.left = self.left.saturating_sub(1);
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<I: Iterator> ExactSizeIterator for Counted<I> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::randomized_set::JsonCall;
    use crate::signature::{Method, Param};
    use crate::vectors::Call;
    use proptest::prelude::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;
    use serde_json::json;

    fn method(name: &str, params: &[Type], returns: Type) -> Method {
        Method {
            name: name.into(),
            params: params
                .iter()
                .map(|&ty| Param {
                    name: "val".into(),
                    ty,
                })
                .collect(),
            returns,
        }
    }

    /// LeetCode 380's signature, with `insert`'s parameter of type `arg`.
    fn signature(arg: Type) -> Signature {
        Signature::Class {
            class: "RandomizedSet".into(),
            constructor: vec![],
            methods: vec![
                method("insert", &[arg], Type::Bool),
                method("remove", &[Type::Int], Type::Bool),
                method("getRandom", &[], Type::Int),
            ],
            immutable_input: false,
        }
    }

    fn call(name: &str, args: Vec<Value>) -> Call {
        Call {
            method: name.into(),
            args,
        }
    }

    /// A test of `len` calls on values `1..=8` with a correct reference's
    /// results, and a uniform solution's.
    fn script(seed: u64, len: usize) -> (Vec<Call>, Vec<Value>, Vec<Value>) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut set: Vec<i64> = Vec::new();
        let (mut calls, mut expected) = (vec![call("RandomizedSet", vec![])], vec![Value::Null]);
        let mut actual = expected.clone();
        while calls.len() < len {
            let v = rng.gen_range(1..=8);
            match rng.gen_range(0..3) {
                0 => {
                    let added = !set.contains(&v);
                    if added {
                        set.push(v);
                    }
                    calls.push(call("insert", vec![json!(v)]));
                    expected.push(json!(added));
                    actual.push(json!(added));
                }
                1 => {
                    let removed = set.contains(&v);
                    set.retain(|&m| m != v);
                    calls.push(call("remove", vec![json!(v)]));
                    expected.push(json!(removed));
                    actual.push(json!(removed));
                }
                _ if !set.is_empty() => {
                    calls.push(call("getRandom", vec![]));
                    expected.push(json!(set[0]));
                    actual.push(json!(set[rng.gen_range(0..set.len())]));
                }
                _ => {}
            }
        }
        (calls, expected, actual)
    }

    /// What the general path decides: the checker on JSON values.
    fn general(calls: &[Call], expected: &[Value], actual: &[&[u8]]) -> bool {
        let Some(actual) = actual
            .iter()
            .map(|line| match wire::result_line(line) {
                wire::ResultLine::Value(v) => Some(v),
                _ => None,
            })
            .collect::<Option<Vec<Value>>>()
        else {
            return false;
        };
        actual.len() == calls.len()
            && randomized_set::check(
                calls.iter().map(|c| JsonCall {
                    name: &c.method,
                    args: &c.args,
                }),
                expected.iter().cloned(),
                actual.into_iter(),
            )
            .is_ok()
    }

    /// Whether the in-place path accepts `actual`, and whether the general
    /// path does.
    fn both(
        signature: &Signature,
        calls: &[Call],
        expected: &[Value],
        actual: &[&[u8]],
    ) -> (bool, bool) {
        let stdin = wire::encode(signature, calls).expect("encodes");
        let lines: Vec<String> = expected.iter().map(Value::to_string).collect();
        let prepared = PreparedCalls::new(stdin, lines.iter().map(|l| l.as_bytes()));
        let output = wire::RawOutput {
            results: actual.to_vec(),
            ended: true,
            call_fuel: None,
        };
        (
            accepts(signature, &prepared, &output),
            general(calls, expected, actual),
        )
    }

    #[test]
    fn accepts_exactly_what_the_general_path_accepts() {
        let sig = signature(Type::Int);
        for seed in 0..40 {
            let (calls, expected, actual) = script(seed, 3000);
            let text: Vec<String> = actual.iter().map(Value::to_string).collect();
            let good: Vec<&[u8]> = text.iter().map(|t| t.as_bytes()).collect();
            assert_eq!(
                both(&sig, &calls, &expected, &good),
                (true, true),
                "seed {seed}"
            );

            let mut variants: Vec<Vec<&[u8]>> = Vec::new();
            let wrong = calls.iter().position(|c| c.method == "insert").unwrap();
            let flipped = if text[wrong] == "true" {
                "false"
            } else {
                "true"
            };
            let mut v = good.clone();
            v[wrong] = flipped.as_bytes();
            variants.push(v);
            let random = calls.iter().position(|c| c.method == "getRandom").unwrap();
            for bad in [&b"99"[..], b"!violation", b"{garbled", b"\xff"] {
                let mut v = good.clone();
                v[random] = bad;
                variants.push(v);
            }
            variants.push(good[..good.len() - 1].to_vec());
            let mut longer = good.clone();
            longer.push(b"1");
            variants.push(longer);
            // Always the first element: rejected as not uniform.
            let first: Vec<String> = calls
                .iter()
                .zip(&expected)
                .zip(&text)
                .map(|((c, e), t)| {
                    if c.method == "getRandom" {
                        e.to_string()
                    } else {
                        t.clone()
                    }
                })
                .collect();
            variants.push(first.iter().map(|t| t.as_bytes()).collect());
            for (i, actual) in variants.iter().enumerate() {
                assert_eq!(
                    both(&sig, &calls, &expected, actual),
                    (false, false),
                    "seed {seed}, variant {i}"
                );
            }
        }
    }

    #[test]
    fn a_broken_expected_line_or_a_non_integer_signature_goes_the_general_way() {
        let sig = signature(Type::Int);
        let (calls, expected, actual) = script(1, 200);
        let text: Vec<String> = actual.iter().map(Value::to_string).collect();
        let good: Vec<&[u8]> = text.iter().map(|t| t.as_bytes()).collect();
        let stdin = wire::encode(&sig, &calls).unwrap();
        let mut lines: Vec<String> = expected.iter().map(Value::to_string).collect();
        lines[5] = "{".into();
        let prepared = PreparedCalls::new(stdin.clone(), lines.iter().map(|l| l.as_bytes()));
        let output = wire::RawOutput {
            results: good.clone(),
            ended: true,
            call_fuel: None,
        };
        assert!(!accepts(&sig, &prepared, &output));
        // A double parameter would not read back as the integer the JSON held.
        let doubles = signature(Type::Double);
        let calls: Vec<Call> = calls
            .into_iter()
            .map(|c| match c.method.as_str() {
                "insert" => call("insert", vec![json!(c.args[0].as_f64())]),
                _ => c,
            })
            .collect();
        let stdin = wire::encode(&doubles, &calls).unwrap();
        let lines: Vec<String> = expected.iter().map(Value::to_string).collect();
        let prepared = PreparedCalls::new(stdin, lines.iter().map(|l| l.as_bytes()));
        assert!(!accepts(&doubles, &prepared, &output));
    }

    proptest! {
        /// Calls read back from the driver's stdin are the calls encoded.
        #[test]
        fn stdin_calls_read_back_as_encoded(
            picks in proptest::collection::vec((0usize..3, any::<i64>()), 0..40),
        ) {
            let sig = signature(Type::Long);
            let mut calls = vec![call("RandomizedSet", vec![])];
            for (m, v) in picks {
                calls.push(match m {
                    0 => call("insert", vec![json!(v)]),
                    1 => call("remove", vec![json!(v)]),
                    _ => call("getRandom", vec![]),
                });
            }
            let stdin = wire::encode(&sig, &calls).unwrap();
            let read: Vec<(String, Option<i64>, String)> = StdinCalls::new(&stdin, calls.len())
                .expect("well formed")
                .map(|c| (c.name().to_string(), c.int_arg(), c.args_text()))
                .collect();
            let json: Vec<(String, Option<i64>, String)> = calls
                .iter()
                .map(|c| JsonCall { name: &c.method, args: &c.args })
                .map(|c| (c.name().to_string(), c.int_arg(), c.args_text()))
                .collect();
            prop_assert_eq!(read, json);
            prop_assert!(StdinCalls::new(&stdin, calls.len() + 1).is_none());
        }
    }
}
