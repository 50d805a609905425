//! The driver wire protocol (docs/protocol.md): encoding a test's calls as
//! the driver's stdin, and picking the result lines out of its stdout.

use serde_json::Value;

use crate::signature::{Signature, Type};
use crate::vectors::Call;

/// Marks a result line on stdout (ASCII record separator).
pub const RESULT_MARK: u8 = 0x1e;

/// Encodes calls as the driver's stdin. The calls must already match the
/// signature (test vectors are checked when a pack loads).
pub fn encode(signature: &Signature, calls: &[Call]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(calls.len() * 16);
    out.extend_from_slice(format!("{}\n", calls.len()).as_bytes());
    for (index, call) in calls.iter().enumerate() {
        let method = signature
            .callable(&call.method)
            .ok_or_else(|| format!("call {}: unknown method `{}`", index + 1, call.method))?;
        out.extend_from_slice(call.method.as_bytes());
        for (param, arg) in method.params.iter().zip(&call.args) {
            encode_value(param.ty, arg, &mut out)
                .map_err(|m| format!("call {} `{}`: {m}", index + 1, call.method))?;
        }
        out.push(b'\n');
    }
    Ok(out)
}

fn push_token(out: &mut Vec<u8>, token: &str) {
    out.push(b' ');
    out.extend_from_slice(token.as_bytes());
}

fn encode_value(ty: Type, value: &Value, out: &mut Vec<u8>) -> Result<(), String> {
    let bad = || format!("`{value}` is not a {ty}");
    match ty {
        Type::Int | Type::Long | Type::NodeIndex => {
            push_token(out, &value.as_i64().ok_or_else(bad)?.to_string())
        }
        Type::Bool => push_token(
            out,
            if value.as_bool().ok_or_else(bad)? {
                "true"
            } else {
                "false"
            },
        ),
        Type::Double => push_token(out, &format!("{:?}", value.as_f64().ok_or_else(bad)?)),
        Type::String => {
            let s = value.as_str().ok_or_else(bad)?;
            push_token(out, &format!("{}:", s.len()));
            out.extend_from_slice(s.as_bytes());
        }
        Type::IntArray | Type::ListNode => encode_array(Type::Int, value, out)?,
        Type::IntMatrix | Type::ListNodeArray => encode_array(Type::IntArray, value, out)?,
        Type::StringArray => encode_array(Type::String, value, out)?,
        Type::CycleList => {
            let [list, pos] = value.as_array().map(Vec::as_slice).ok_or_else(bad)? else {
                return Err(bad());
            };
            encode_array(Type::Int, list, out)?;
            encode_value(Type::Int, pos, out)?;
        }
        Type::Void => return Err("void has no value".into()),
    }
    Ok(())
}

fn encode_array(item: Type, value: &Value, out: &mut Vec<u8>) -> Result<(), String> {
    let items = value
        .as_array()
        .ok_or_else(|| format!("`{value}` is not a list"))?;
    push_token(out, &items.len().to_string());
    for v in items {
        encode_value(item, v, out)?;
    }
    Ok(())
}

/// One result line from the driver.
#[derive(Debug, Clone, PartialEq)]
pub enum ResultLine {
    Value(Value),
    /// The driver caught a contract violation (`!message`).
    Violation(String),
    /// The line was not valid JSON.
    Garbled(String),
}

/// What a driver wrote.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DriverOutput {
    pub results: Vec<ResultLine>,
    /// Whether the driver wrote its end marker.
    pub ended: bool,
    /// Everything that was not a result line: the program's own prints.
    pub program_output: String,
}

/// Splits a driver's stdout into result lines and the program's own output.
pub fn decode(stdout: &[u8]) -> DriverOutput {
    let mut out = DriverOutput::default();
    let mut program = Vec::new();
    for line in stdout.split_inclusive(|&b| b == b'\n') {
        match line.iter().position(|&b| b == RESULT_MARK) {
            None => program.extend_from_slice(line),
            Some(at) => {
                program.extend_from_slice(&line[..at]);
                let body = &line[at + 1..];
                let body = body.strip_suffix(b"\n").unwrap_or(body);
                let text = String::from_utf8_lossy(body).into_owned();
                if text == "#end" {
                    out.ended = true;
                } else if let Some(message) = text.strip_prefix('!') {
                    out.results.push(ResultLine::Violation(message.to_string()));
                } else {
                    match serde_json::from_str::<Value>(&text) {
                        Ok(value) => out.results.push(ResultLine::Value(value)),
                        Err(_) => out.results.push(ResultLine::Garbled(text)),
                    }
                }
            }
        }
    }
    out.program_output = String::from_utf8_lossy(&program).into_owned();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::{Method, Param};
    use serde_json::json;

    #[test]
    fn encodes_every_type() {
        let sig = Signature::Function {
            function: Method {
                name: "f".into(),
                params: vec![
                    Param {
                        name: "s".into(),
                        ty: Type::String,
                    },
                    Param {
                        name: "m".into(),
                        ty: Type::IntMatrix,
                    },
                    Param {
                        name: "c".into(),
                        ty: Type::CycleList,
                    },
                    Param {
                        name: "d".into(),
                        ty: Type::Double,
                    },
                    Param {
                        name: "b".into(),
                        ty: Type::Bool,
                    },
                    Param {
                        name: "w".into(),
                        ty: Type::StringArray,
                    },
                ],
                returns: Type::Int,
            },
            immutable_input: false,
        };
        let calls = vec![Call {
            method: "f".into(),
            args: vec![
                json!("a b"),
                json!([[1, 2], []]),
                json!([[3, 2, 0, -4], 1]),
                json!(0.5),
                json!(true),
                json!(["x", ""]),
            ],
        }];
        let bytes = encode(&sig, &calls).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "1\nf 3:a b 2 2 1 2 0 4 3 2 0 -4 1 0.5 true 2 1:x 0:\n"
        );
    }

    #[test]
    fn decodes_results_violations_and_user_output() {
        let out =
            decode(b"\x1enull\ndebug: hi\x1e[1,2]\n\x1e!input was modified: head\n\x1e#end\n");
        assert_eq!(
            out.results,
            vec![
                ResultLine::Value(Value::Null),
                ResultLine::Value(json!([1, 2])),
                ResultLine::Violation("input was modified: head".into()),
            ]
        );
        assert!(out.ended);
        assert_eq!(out.program_output, "debug: hi");
    }
}
