//! A concurrent test as a pack writes it (`tests/<name>.json`):
//! `{"constructor": [2], "threads": [[["put", [1, 1]], ["get", [1]]], ...]}`,
//! checked against the class signature, and its encoding as the driver's
//! stdin (docs/protocol.md).

use serde::Deserialize;
use serde_json::Value;

use crate::signature::Signature;
use crate::vectors::{check_args, Call};
use crate::wire;

/// At most this many calls in one test: histories are checked with a
/// search over subsets of calls, kept small and bounded.
pub const MAX_CALLS: usize = 40;
/// At most this many threads in one test.
pub const MAX_THREADS: usize = 8;

/// One concurrent test: the constructor's arguments and each thread's calls.
#[derive(Debug, Clone, PartialEq)]
pub struct ConcurrentTest {
    pub constructor: Vec<Value>,
    pub threads: Vec<Vec<Call>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTest {
    constructor: Vec<Value>,
    threads: Vec<Vec<(String, Vec<Value>)>>,
}

impl ConcurrentTest {
    /// Parses and checks a test file's text against `signature`.
    pub fn parse(
        text: &str,
        signature: &Signature,
    ) -> Result<ConcurrentTest, (Option<usize>, String)> {
        let raw: RawTest = serde_json::from_str(text).map_err(|e| {
            (
                Some(e.line()),
                format!("not a concurrent test: {e} (expected {{\"constructor\": [...], \"threads\": [[[\"method\", [args...]], ...], ...]}})"),
            )
        })?;
        let Signature::Class { class, .. } = signature else {
            return Err((None, "a concurrent problem needs a class signature".into()));
        };
        let ctor = signature
            .callable(class)
            .ok_or_else(|| (None, "the signature has no constructor".to_string()))?;
        check_args(&ctor, &raw.constructor).map_err(|m| (None, format!("constructor: {m}")))?;
        if raw.threads.len() < 2 || raw.threads.len() > MAX_THREADS {
            return Err((
                None,
                format!(
                    "a concurrent test has 2 to {MAX_THREADS} threads, not {}",
                    raw.threads.len()
                ),
            ));
        }
        let mut threads = Vec::new();
        let mut total = 0;
        for (t, list) in raw.threads.into_iter().enumerate() {
            let mut calls = Vec::new();
            for (c, (method, args)) in list.into_iter().enumerate() {
                let found = signature
                    .callable(&method)
                    .filter(|_| method != *class)
                    .ok_or_else(|| {
                        (
                            None,
                            format!("thread {t} call {c}: unknown method `{method}`"),
                        )
                    })?;
                check_args(&found, &args)
                    .map_err(|m| (None, format!("thread {t} call {c} `{method}`: {m}")))?;
                calls.push(Call { method, args });
            }
            total += calls.len();
            threads.push(calls);
        }
        if total == 0 || total > MAX_CALLS {
            return Err((
                None,
                format!("a concurrent test makes 1 to {MAX_CALLS} calls, not {total}"),
            ));
        }
        Ok(ConcurrentTest {
            constructor: raw.constructor,
            threads,
        })
    }

    /// The driver's stdin: seed and schedule count, then the constructor
    /// and each thread's calls, in the class protocol's tokens.
    pub fn encode(
        &self,
        signature: &Signature,
        seed: u64,
        schedules: u32,
    ) -> Result<Vec<u8>, String> {
        let Signature::Class { class, .. } = signature else {
            return Err("a concurrent problem needs a class signature".into());
        };
        let mut out = format!("{} {schedules}\n", seed as i64).into_bytes();
        let ctor = Call {
            method: class.clone(),
            args: self.constructor.clone(),
        };
        // `wire::encode` writes a count line, then one line per call.
        let line = |call: &Call| -> Result<Vec<u8>, String> {
            let bytes = wire::encode(signature, std::slice::from_ref(call))?;
            let at = bytes.iter().position(|b| *b == b'\n').map_or(0, |p| p + 1);
            Ok(bytes[at..].to_vec())
        };
        out.extend(line(&ctor)?);
        out.extend(format!("{}\n", self.threads.len()).bytes());
        for thread in &self.threads {
            out.extend(format!("{}\n", thread.len()).bytes());
            for call in thread {
                out.extend(line(call)?);
            }
        }
        Ok(out)
    }

    /// Thread `t`'s call `c`.
    pub fn call(&self, t: usize, c: usize) -> Option<&Call> {
        self.threads.get(t)?.get(c)
    }

    pub fn calls(&self) -> usize {
        self.threads.iter().map(Vec::len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::{Method, Param, Type};

    fn queue() -> Signature {
        Signature::Class {
            class: "BoundedBlockingQueue".into(),
            constructor: vec![Param {
                name: "capacity".into(),
                ty: Type::Int,
            }],
            methods: vec![
                Method {
                    name: "enqueue".into(),
                    params: vec![Param {
                        name: "element".into(),
                        ty: Type::Int,
                    }],
                    returns: Type::Void,
                },
                Method {
                    name: "dequeue".into(),
                    params: vec![],
                    returns: Type::Int,
                },
            ],
            immutable_input: false,
        }
    }

    #[test]
    fn tests_parse_check_and_encode() {
        let text = r#"{"constructor": [1], "threads": [[["enqueue", [7]]], [["dequeue", []]]]}"#;
        let test = ConcurrentTest::parse(text, &queue()).unwrap();
        assert_eq!(test.calls(), 2);
        let stdin = String::from_utf8(test.encode(&queue(), 5, 3).unwrap()).unwrap();
        assert_eq!(
            stdin,
            "5 3\nBoundedBlockingQueue 1\n2\n1\nenqueue 7\n1\ndequeue\n"
        );
        for bad in [
            r#"{"constructor": [1], "threads": [[["enqueue", [7]]]]}"#,
            r#"{"constructor": [1], "threads": [[["push", [7]]], []]}"#,
            r#"{"constructor": ["x"], "threads": [[], [["dequeue", []]]]}"#,
            r#"{"constructor": [1], "threads": [], "extra": 1}"#,
        ] {
            assert!(ConcurrentTest::parse(bad, &queue()).is_err(), "{bad}");
        }
    }
}
