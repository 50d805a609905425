//! Test vectors a person writes by hand: LeetCode's example text pasted into
//! `tests/<name>.txt`, parsed and checked against the signature so a typo is
//! reported with its line. Knows nothing of packs: the loader
//! (`pack::test_files`) finds the files and names them in errors.

use serde_json::Value;

use crate::signature::{Method, Signature, Type};

/// One call on the wire: the constructor, a method or the function.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub method: String,
    /// One JSON value per parameter; a `CycleList` is `[values, pos]`.
    pub args: Vec<Value>,
}

/// What a test runs and what it expects.
#[derive(Debug, Clone, PartialEq)]
pub enum TestBody {
    /// A call sequence with one expected result per call (`null` for the
    /// constructor and void methods). `expected` is `None` for generated
    /// tests until the reference solution has produced it.
    Calls {
        calls: Vec<Call>,
        expected: Option<Vec<Value>>,
    },
    Stdio {
        input: Vec<u8>,
        answer: Vec<u8>,
    },
    /// Threads of calls on one shared instance (a `concurrent` problem),
    /// checked for linearizability rather than against expected results.
    Concurrent(crate::concurrent::ConcurrentTest),
}

/// One test of a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct TestCase {
    pub name: String,
    /// The file it came from (relative to the pack), or `problem.toml`.
    pub file: String,
    pub body: TestBody,
}

type ParseError = (Option<usize>, String);

/// A section of a test file: its text and the line it starts on.
struct Section<'a> {
    text: &'a str,
    line: usize,
}

/// Whether `line` starts with the ASCII keyword `word` (any case) as a
/// whole word. Never slices inside a multi-byte character.
fn starts_with_keyword(line: &str, word: &str) -> bool {
    line.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
        && !line[word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
}

/// Splits a test file into (input, output) section pairs.
fn sections(text: &str) -> Result<Vec<(Section<'_>, Section<'_>)>, ParseError> {
    #[derive(PartialEq)]
    enum State {
        Before,
        Input,
        Output,
        Ignored,
    }
    let mut pairs = Vec::new();
    let mut state = State::Before;
    let mut input: Option<(usize, usize, usize)> = None; // start, end, line
    let mut output: Option<(usize, usize, usize)> = None;
    let mut offset = 0;
    let mut flush = |input: &mut Option<(usize, usize, usize)>,
                     output: &mut Option<(usize, usize, usize)>|
     -> Result<(), ParseError> {
        match (input.take(), output.take()) {
            (Some(i), Some(o)) => {
                pairs.push((
                    Section {
                        text: &text[i.0..i.1],
                        line: i.2,
                    },
                    Section {
                        text: &text[o.0..o.1],
                        line: o.2,
                    },
                ));
                Ok(())
            }
            (Some(i), None) => Err((Some(i.2), "`Input` has no `Output` after it".into())),
            (None, Some(o)) => Err((Some(o.2), "`Output` has no `Input` before it".into())),
            (None, None) => Ok(()),
        }
    };
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let line_no = index + 1;
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        let keyword = |word: &str| starts_with_keyword(trimmed, word);
        let rest_start = |word: &str| {
            let after = &trimmed[word.len()..];
            let skip = after.len() - after.trim_start_matches([' ', '\t', ':']).len();
            offset + lead + word.len() + skip
        };
        if keyword("Input") {
            flush(&mut input, &mut output)?;
            let start = rest_start("Input");
            input = Some((start, offset + line.len(), line_no));
            state = State::Input;
        } else if keyword("Output") {
            if input.is_none() {
                return Err((Some(line_no), "`Output` has no `Input` before it".into()));
            }
            let start = rest_start("Output");
            output = Some((start, offset + line.len(), line_no));
            state = State::Output;
        } else if keyword("Explanation") || keyword("Constraints") {
            state = State::Ignored;
        } else {
            match state {
                State::Input => {
                    if let Some(i) = input.as_mut() {
                        i.1 = offset + line.len();
                    }
                }
                State::Output => {
                    if let Some(o) = output.as_mut() {
                        o.1 = offset + line.len();
                    }
                }
                State::Before if !trimmed.is_empty() => {
                    return Err((
                        Some(line_no),
                        "expected `Input` (LeetCode's example format)".into(),
                    ))
                }
                _ => {}
            }
        }
        offset += line.len();
    }
    flush(&mut input, &mut output)?;
    if pairs.is_empty() {
        return Err((
            Some(1),
            "no `Input`/`Output` found (LeetCode's example format)".into(),
        ));
    }
    Ok(pairs)
}

/// The 1-based line of byte `offset` within a section.
fn line_in(section: &Section<'_>, offset: usize) -> usize {
    section.line
        + section.text[..offset.min(section.text.len())]
            .matches('\n')
            .count()
}

/// Reads consecutive JSON values from a section.
fn json_values(section: &Section<'_>) -> Result<Vec<Value>, ParseError> {
    let mut stream = serde_json::Deserializer::from_str(section.text).into_iter::<Value>();
    let mut values = Vec::new();
    loop {
        match stream.next() {
            None => return Ok(values),
            Some(Ok(value)) => values.push(value),
            Some(Err(e)) => {
                let line = section.line + e.line().saturating_sub(1);
                return Err((Some(line), format!("not valid JSON: {e}")));
            }
        }
    }
}

/// Parses one test file into its calls and expected results.
pub fn parse_test(
    text: &str,
    signature: &Signature,
) -> Result<(Vec<Call>, Vec<Value>), ParseError> {
    let pairs = sections(text)?;
    match signature {
        Signature::Class { class, .. } => {
            if pairs.len() != 1 {
                return Err((
                    Some(pairs[1].0.line),
                    "a class test has one Input/Output pair".into(),
                ));
            }
            let (input, output) = &pairs[0];
            let values = json_values(input)?;
            let [Value::Array(names), Value::Array(args)] = values.as_slice() else {
                return Err((
                    Some(input.line),
                    "a class test's Input is two JSON lists: the method names, then their argument lists".into(),
                ));
            };
            let expected = match json_values(output)?.as_slice() {
                [Value::Array(expected)] => expected.clone(),
                _ => {
                    return Err((
                        Some(output.line),
                        "Output must be one JSON list with a result per call (null for void)"
                            .into(),
                    ))
                }
            };
            if names.len() != args.len() || names.len() != expected.len() {
                return Err((
                    Some(input.line),
                    format!(
                        "{} method names, {} argument lists and {} expected results: they must match",
                        names.len(),
                        args.len(),
                        expected.len()
                    ),
                ));
            }
            let mut calls = Vec::new();
            for (index, (call, method)) in class_calls(signature, class, input, names, args)?
                .into_iter()
                .enumerate()
            {
                check_result(&method, &expected[index]).map_err(|m| {
                    (
                        Some(output.line),
                        format!("call {} `{}`: {m}", index + 1, call.method),
                    )
                })?;
                calls.push(call);
            }
            Ok((calls, expected))
        }
        Signature::Function { function, .. } => {
            let mut calls = Vec::new();
            let mut expected = Vec::new();
            for (input, output) in &pairs {
                let args = named_args(input, function)?;
                let result = match json_values(output)?.as_slice() {
                    [value] => value.clone(),
                    _ => return Err((Some(output.line), "Output must be one JSON value".into())),
                };
                check_args(function, &args).map_err(|m| (Some(input.line), m))?;
                check_result(function, &result).map_err(|m| (Some(output.line), m))?;
                calls.push(Call {
                    method: function.name.clone(),
                    args,
                });
                expected.push(result);
            }
            Ok((calls, expected))
        }
        Signature::Stdio => Err((None, "a stdio problem's tests are .in/.ans files".into())),
    }
}

/// Checks a class test's method names and argument lists against the
/// signature: the constructor first, known methods, matching arguments.
fn class_calls(
    signature: &Signature,
    class: &str,
    input: &Section<'_>,
    names: &[Value],
    args: &[Value],
) -> Result<Vec<(Call, Method)>, ParseError> {
    if names.first().and_then(Value::as_str) != Some(class) {
        return Err((
            Some(input.line),
            format!("the first call must be the constructor `{class}`"),
        ));
    }
    let mut calls = Vec::new();
    for (index, (name, args)) in names.iter().zip(args).enumerate() {
        let name = name.as_str().ok_or((
            Some(input.line),
            format!("call {}: method names are strings", index + 1),
        ))?;
        if index > 0 && name == class {
            return Err((
                Some(input.line),
                format!(
                    "call {}: the constructor can only be the first call",
                    index + 1
                ),
            ));
        }
        let method = signature.callable(name).ok_or_else(|| {
            (
                Some(input.line),
                format!(
                    "call {}: `{name}` is not a method of `{class}` (methods: {})",
                    index + 1,
                    method_names(signature).join(", ")
                ),
            )
        })?;
        let Value::Array(args) = args else {
            return Err((
                Some(input.line),
                format!("call {} `{name}`: arguments must be a list", index + 1),
            ));
        };
        check_args(&method, args).map_err(|m| {
            (
                Some(input.line),
                format!("call {} `{name}`: {m}", index + 1),
            )
        })?;
        calls.push((
            Call {
                method: name.to_string(),
                args: args.clone(),
            },
            method,
        ));
    }
    Ok(calls)
}

/// Parses the `Input` part alone, as a generator program prints it: for a
/// class problem the two JSON lists (method names, argument lists), for a
/// function problem `name = value, ...` (several calls each start with their
/// own `Input:` line). A leading `Input` keyword is optional. The calls are
/// checked against the signature like a hand-written test's.
pub fn parse_input(text: &str, signature: &Signature) -> Result<Vec<Call>, ParseError> {
    // (line start, content start, line number) of each `Input` line.
    let mut starts: Vec<(usize, usize, usize)> = Vec::new();
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        let is_input = starts_with_keyword(trimmed, "input");
        if is_input {
            let after = &trimmed[5..];
            let skip = after.len() - after.trim_start_matches([' ', '\t', ':']).len();
            let content = offset + (line.len() - trimmed.len()) + 5 + skip;
            starts.push((offset, content, index + 1));
        }
        offset += line.len();
    }
    if starts
        .first()
        .is_none_or(|&(line_start, _, _)| !text[..line_start].trim().is_empty())
    {
        starts.insert(0, (0, 0, 1));
    }
    let sections: Vec<Section<'_>> = starts
        .iter()
        .enumerate()
        .map(|(i, &(_, start, line))| {
            let end = starts.get(i + 1).map_or(text.len(), |&(next, _, _)| next);
            Section {
                text: &text[start..end.max(start)],
                line,
            }
        })
        .filter(|s| !s.text.trim().is_empty())
        .collect();
    match signature {
        Signature::Class { class, .. } => {
            let [input] = sections.as_slice() else {
                return Err((
                    Some(1),
                    "a class test's input is one `Input` section".into(),
                ));
            };
            let values = json_values(input)?;
            let [Value::Array(names), Value::Array(args)] = values.as_slice() else {
                return Err((
                    Some(input.line),
                    "a class test's Input is two JSON lists: the method names, then their argument lists".into(),
                ));
            };
            if names.len() != args.len() {
                return Err((
                    Some(input.line),
                    format!(
                        "{} method names and {} argument lists: they must match",
                        names.len(),
                        args.len()
                    ),
                ));
            }
            Ok(class_calls(signature, class, input, names, args)?
                .into_iter()
                .map(|(call, _)| call)
                .collect())
        }
        Signature::Function { function, .. } => {
            let mut calls = Vec::new();
            for input in &sections {
                let args = named_args(input, function)?;
                check_args(function, &args).map_err(|m| (Some(input.line), m))?;
                calls.push(Call {
                    method: function.name.clone(),
                    args,
                });
            }
            if calls.is_empty() {
                return Err((Some(1), "no input".into()));
            }
            Ok(calls)
        }
        Signature::Stdio => Err((None, "a stdio problem's input is raw bytes".into())),
    }
}

fn method_names(signature: &Signature) -> Vec<String> {
    match signature {
        Signature::Class { methods, .. } => methods.iter().map(|m| m.name.clone()).collect(),
        Signature::Function { function, .. } => vec![function.name.clone()],
        Signature::Stdio => Vec::new(),
    }
}

/// Parses `a = 1, b = [2, 3]` into values in the function's parameter
/// order; a `CycleList` parameter also takes the `pos` that follows it.
fn named_args(section: &Section<'_>, function: &Method) -> Result<Vec<Value>, ParseError> {
    let text = section.text;
    let mut named: Vec<(String, Value, usize)> = Vec::new();
    let mut at = 0;
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n', ',']);
        at += rest.len() - trimmed.len();
        if trimmed.is_empty() {
            break;
        }
        let name_len = trimmed
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(trimmed.len());
        let name = &trimmed[..name_len];
        let after = trimmed[name_len..].trim_start();
        if name.is_empty() || !after.starts_with('=') {
            return Err((
                Some(line_in(section, at)),
                "expected `name = value` (LeetCode's function input format)".into(),
            ));
        }
        let value_start = at + (trimmed.len() - after.len()) + 1;
        let mut stream =
            serde_json::Deserializer::from_str(&text[value_start..]).into_iter::<Value>();
        let value = match stream.next() {
            Some(Ok(value)) => value,
            Some(Err(e)) => {
                return Err((
                    Some(line_in(section, value_start)),
                    format!("`{name}`: not valid JSON: {e}"),
                ))
            }
            None => {
                return Err((
                    Some(line_in(section, value_start)),
                    format!("`{name}` has no value"),
                ))
            }
        };
        named.push((name.to_string(), value, line_in(section, at)));
        at = value_start + stream.byte_offset();
    }
    let mut expected_names: Vec<&str> = Vec::new();
    for param in &function.params {
        expected_names.push(&param.name);
        if param.ty == Type::CycleList {
            expected_names.push("pos");
        }
    }
    let got: Vec<&str> = named.iter().map(|(n, _, _)| n.as_str()).collect();
    if got != expected_names {
        return Err((
            Some(section.line),
            format!(
                "arguments are `{}`, but `{}` takes `{}`",
                got.join(", "),
                function.name,
                expected_names.join(", ")
            ),
        ));
    }
    let mut values = Vec::new();
    let mut iter = named.into_iter();
    for param in &function.params {
        let (_, value, _) = iter.next().unwrap_or_default();
        if param.ty == Type::CycleList {
            let (_, pos, _) = iter.next().unwrap_or_default();
            values.push(Value::Array(vec![value, pos]));
        } else {
            values.push(value);
        }
    }
    Ok(values)
}

/// Checks a call's arguments against the method's parameters.
pub fn check_args(method: &Method, args: &[Value]) -> Result<(), String> {
    if args.len() != method.params.len() {
        return Err(format!(
            "takes {} argument(s) ({}), got {}",
            method.params.len(),
            method
                .params
                .iter()
                .map(|p| format!("{}: {}", p.name, p.ty))
                .collect::<Vec<_>>()
                .join(", "),
            args.len()
        ));
    }
    for (param, arg) in method.params.iter().zip(args) {
        check_value(param.ty, arg).map_err(|m| format!("argument `{}`: {m}", param.name))?;
    }
    Ok(())
}

/// Checks an expected result against the method's return type.
pub fn check_result(method: &Method, value: &Value) -> Result<(), String> {
    check_value(method.returns, value).map_err(|m| format!("expected result: {m}"))
}

/// Whether `value` is a valid JSON form of `ty`.
pub fn check_value(ty: Type, value: &Value) -> Result<(), String> {
    let int_in = |v: &Value, lo: i64, hi: i64| v.as_i64().is_some_and(|n| (lo..=hi).contains(&n));
    let is_int = |v: &Value| int_in(v, i32::MIN as i64, i32::MAX as i64);
    let is_int_array = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(is_int));
    let ok = match ty {
        Type::Int | Type::NodeIndex => is_int(value),
        Type::Long => value.as_i64().is_some(),
        Type::Bool => value.is_boolean(),
        Type::Double => value.is_number(),
        Type::String => value.is_string(),
        Type::IntArray | Type::ListNode => is_int_array(value),
        Type::IntMatrix | Type::ListNodeArray => {
            value.as_array().is_some_and(|a| a.iter().all(is_int_array))
        }
        Type::StringArray => value
            .as_array()
            .is_some_and(|a| a.iter().all(Value::is_string)),
        Type::CycleList => match value.as_array().map(Vec::as_slice) {
            Some([list, pos]) if is_int_array(list) => {
                let len = list.as_array().map_or(0, Vec::len) as i64;
                int_in(pos, -1, len - 1)
            }
            _ => false,
        },
        Type::Void => value.is_null(),
    };
    if ok {
        Ok(())
    } else if ty == Type::CycleList {
        Err(format!(
            "`{value}` is not a list plus a `pos` from -1 to its length - 1"
        ))
    } else {
        Err(format!(
            "`{}` is not a valid {ty}",
            truncate(&value.to_string(), 60)
        ))
    }
}

/// Shortens text for messages.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::{Param, Type};

    fn lru() -> Signature {
        Signature::Class {
            class: "LRUCache".into(),
            constructor: vec![Param {
                name: "capacity".into(),
                ty: Type::Int,
            }],
            methods: vec![
                Method {
                    name: "get".into(),
                    params: vec![Param {
                        name: "key".into(),
                        ty: Type::Int,
                    }],
                    returns: Type::Int,
                },
                Method {
                    name: "put".into(),
                    params: vec![
                        Param {
                            name: "key".into(),
                            ty: Type::Int,
                        },
                        Param {
                            name: "value".into(),
                            ty: Type::Int,
                        },
                    ],
                    returns: Type::Void,
                },
            ],
            immutable_input: false,
        }
    }

    fn cycle() -> Signature {
        Signature::Function {
            function: Method {
                name: "detectCycle".into(),
                params: vec![Param {
                    name: "head".into(),
                    ty: Type::CycleList,
                }],
                returns: Type::NodeIndex,
            },
            immutable_input: true,
        }
    }

    #[test]
    fn leetcode_class_example_pastes_in() {
        let text = "Input\n[\"LRUCache\", \"put\", \"get\"]\n[[2], [1, 1], [1]]\nOutput\n[null, null, 1]\n\nExplanation\nLRUCache lRUCache = new LRUCache(2);\n";
        let (calls, expected) = parse_test(text, &lru()).unwrap();
        assert_eq!(calls.len(), 3);
        assert_eq!(calls[2].method, "get");
        assert_eq!(expected[2], Value::from(1));
    }

    #[test]
    fn leetcode_function_example_with_pos_pastes_in() {
        let text = "Input: head = [3,2,0,-4], pos = 1\nOutput: 1\nExplanation: There is a cycle.\n\nInput: head = [1], pos = -1\nOutput: -1\n";
        let (calls, expected) = parse_test(text, &cycle()).unwrap();
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].args[0], serde_json::json!([[3, 2, 0, -4], 1]));
        assert_eq!(expected, vec![Value::from(1), Value::from(-1)]);
    }

    #[test]
    fn unknown_method_names_the_line() {
        let text = "Input\n[\"LRUCache\", \"delete\"]\n[[2], [1]]\nOutput\n[null, null]\n";
        let (line, message) = parse_test(text, &lru()).unwrap_err();
        assert_eq!(line, Some(1));
        assert!(
            message.contains("`delete` is not a method of `LRUCache`"),
            "{message}"
        );
    }

    #[test]
    fn arity_and_type_mismatches_are_reported() {
        let text = "Input\n[\"LRUCache\", \"put\"]\n[[2], [1]]\nOutput\n[null, null]\n";
        let (_, message) = parse_test(text, &lru()).unwrap_err();
        assert!(message.contains("takes 2 argument(s)"), "{message}");
        let text = "Input\n[\"LRUCache\", \"get\"]\n[[2], [\"x\"]]\nOutput\n[null, 1]\n";
        let (_, message) = parse_test(text, &lru()).unwrap_err();
        assert!(message.contains("is not a valid int"), "{message}");
        let text = "Input: head = [1,2], pos = 2\nOutput: 1\n";
        let (_, message) = parse_test(text, &cycle()).unwrap_err();
        assert!(message.contains("pos"), "{message}");
    }

    #[test]
    fn bad_json_names_its_line() {
        let text = "Input\n[\"LRUCache\", \"put\"]\n[[2], [1, 1]\nOutput\n[null, null]\n";
        let (line, _) = parse_test(text, &lru()).unwrap_err();
        assert!(line.is_some());
    }
}
