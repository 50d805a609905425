//! The driver wire protocol (docs/protocol.md): encoding a test's calls as
//! the driver's stdin, and decoding the result channel: results, and the
//! fuel each user call spent between its marks.

use serde_json::Value;

use crate::signature::{Signature, Type};
use crate::vectors::Call;

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

/// What a driver wrote on the result channel, each result line as `R`.
#[derive(Debug, Clone, PartialEq)]
pub struct Output<R> {
    pub results: Vec<R>,
    /// Whether the driver wrote its end marker.
    pub ended: bool,
    /// The fuel each user call spent, from its `>` mark to its `<` mark
    /// (a call still open when the run ended runs to the run's end).
    /// `None` when the driver did not mark its calls, or marked them in a
    /// way that does not pair one call with each result: then the user is
    /// charged for everything.
    pub call_fuel: Option<Vec<u64>>,
}

/// The result channel with every result line parsed.
pub type DriverOutput = Output<ResultLine>;

/// The result channel with result lines as written (no JSON parsed).
pub type RawOutput<'a> = Output<&'a [u8]>;

impl<R> Default for Output<R> {
    fn default() -> Self {
        Output {
            results: Vec::new(),
            ended: false,
            call_fuel: None,
        }
    }
}

impl<R> Output<R> {
    /// The fuel charged to the user's code: the marked calls' sum, or all
    /// of `total` without (valid) marks.
    pub fn user_fuel(&self, total: u64) -> u64 {
        match &self.call_fuel {
            Some(calls) => calls.iter().sum::<u64>().min(total),
            None => total,
        }
    }
}

impl RawOutput<'_> {
    /// Parses every result line.
    pub fn parsed(&self) -> DriverOutput {
        Output {
            results: self.results.iter().map(|line| result_line(line)).collect(),
            ended: self.ended,
            call_fuel: self.call_fuel.clone(),
        }
    }
}

/// Pairs call marks with results: each result must follow exactly one
/// `>` `<` pair. Tracks the fuel of each call.
#[derive(Default)]
struct Marks {
    calls: Vec<u64>,
    open: Option<u64>,
    /// Calls closed but not yet answered by a result line.
    unanswered: usize,
    seen: bool,
    broken: bool,
}

impl Marks {
    /// A mark made by `write` (by nothing: at the run's end, `total`). A
    /// call starts once its `>` write has returned (the write's cost is the
    /// driver's) and ends when its `<` write is made.
    fn mark(&mut self, mark: sandbox::CallMark, write: Option<&sandbox::ChannelWrite>, total: u64) {
        match mark {
            sandbox::CallMark::Begins => self.begin(write.map_or(total, |w| w.fuel_after())),
            sandbox::CallMark::Returned => self.end(write.map_or(total, |w| w.fuel())),
        }
    }

    fn begin(&mut self, fuel: u64) {
        self.seen = true;
        if self.open.is_some() || self.unanswered > 0 {
            self.broken = true;
        }
        self.open = Some(fuel);
    }

    fn end(&mut self, fuel: u64) {
        match self.open.take() {
            Some(start) => {
                self.calls.push(fuel.saturating_sub(start));
                self.unanswered += 1;
            }
            None => self.broken = true,
        }
    }

    fn result(&mut self) {
        if !self.seen {
            return;
        }
        if self.unanswered == 1 && self.open.is_none() {
            self.unanswered = 0;
        } else {
            self.broken = true;
        }
    }

    fn finish(mut self, total: u64) -> Option<Vec<u64>> {
        if let Some(start) = self.open {
            self.calls.push(total.saturating_sub(start));
        }
        (self.seen && !self.broken).then_some(self.calls)
    }
}

/// Decodes the result channel (docs/protocol.md): one record per line.
/// `total_fuel` is the run's whole consumption, which an open call runs to.
pub fn decode(channel: &sandbox::Channel, total_fuel: u64) -> DriverOutput {
    decode_raw(channel, total_fuel).parsed()
}

/// [`decode`] without parsing the result lines.
pub fn decode_raw(channel: &sandbox::Channel, total_fuel: u64) -> RawOutput<'_> {
    let bytes = &channel.bytes[..];
    // A marked call is two writes (`call_begin`: the last result and `>`;
    // `call_end`: `<`): room for the results and call fuel up front, so they
    // are not copied as they grow.
    let mut out = RawOutput {
        results: Vec::with_capacity(channel.writes.len() / 2 + 1),
        ..RawOutput::default()
    };
    let mut marks = Marks {
        calls: Vec::with_capacity(channel.writes.len() / 2 + 1),
        ..Marks::default()
    };
    let mut lines = Lines {
        bytes,
        line_start: 0,
        scanned: 0,
    };
    // The lines are walked write by write: a record's fuel is that of the
    // write that completed its line, and most writes are one short line
    // (a `memchr` over the rest of the channel per line was a visible part
    // of a cached re-judge). Bytes past the last write (none in a real
    // run) complete their lines at the run's end. Nothing after `#end`
    // counts.
    let writes = channel.writes.iter().map(Some).chain(std::iter::once(None));
    'walk: for write in writes {
        let until = write.map_or(bytes.len(), |w| w.end().min(bytes.len()));
        while let Some(body) = lines.next_until(until) {
            record(body, write, total_fuel, &mut marks, &mut out);
            if out.ended {
                break 'walk;
            }
        }
        // A mark kept as a flag, which the host keeps only at a line's start.
        if let Some(mark) = write.and_then(|w| w.mark()) {
            marks.mark(mark, write, total_fuel);
        }
    }
    // A last line without its newline, completed by the last write.
    if let Some(body) = lines.rest().filter(|_| !out.ended) {
        let first_to_end = channel.writes.partition_point(|w| w.end() < bytes.len());
        let last = channel.writes.get(first_to_end);
        record(body, last, total_fuel, &mut marks, &mut out);
    }
    out.call_fuel = marks.finish(total_fuel);
    out
}

/// One line of the channel, completed by `write`.
fn record<'a>(
    body: &'a [u8],
    write: Option<&sandbox::ChannelWrite>,
    total_fuel: u64,
    marks: &mut Marks,
    out: &mut RawOutput<'a>,
) {
    if let Some(mark) = sandbox::CallMark::of_line(body) {
        marks.mark(mark, write, total_fuel);
        return;
    }
    match body {
        b"#end" => out.ended = true,
        _ => {
            marks.result();
            out.results.push(body);
        }
    }
}

/// The channel's lines, found up to a given offset at a time.
struct Lines<'a> {
    bytes: &'a [u8],
    /// Where the line being read starts.
    line_start: usize,
    /// How far newlines have been looked for.
    scanned: usize,
}

impl<'a> Lines<'a> {
    /// The next complete line (without its newline) whose newline lies
    /// before `until`.
    fn next_until(&mut self, until: usize) -> Option<&'a [u8]> {
        let from = self.scanned.min(until);
        let window = &self.bytes[from..until];
        // Marks are two bytes: a direct look beats setting up `memchr`.
        let found = if window.len() <= 16 {
            window.iter().position(|&b| b == b'\n')
        } else {
            memchr::memchr(b'\n', window)
        };
        match found {
            Some(i) => {
                let newline = from + i;
                let body = &self.bytes[self.line_start..newline];
                self.line_start = newline + 1;
                self.scanned = self.line_start;
                Some(body)
            }
            None => {
                self.scanned = self.scanned.max(until);
                None
            }
        }
    }

    /// What is left after the last newline, if anything.
    fn rest(&self) -> Option<&'a [u8]> {
        (self.line_start < self.bytes.len()).then(|| &self.bytes[self.line_start..])
    }
}

pub fn result_line(body: &[u8]) -> ResultLine {
    let text = String::from_utf8_lossy(body);
    if let Some(message) = text.strip_prefix('!') {
        return ResultLine::Violation(message.to_string());
    }
    match serde_json::from_str::<Value>(&text) {
        Ok(value) => ResultLine::Value(value),
        Err(_) => ResultLine::Garbled(text.into_owned()),
    }
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

    /// A channel as the sandbox records it: one write per element, with
    /// its fuel (each write costing nothing).
    fn channel(writes: &[(&str, u64)]) -> sandbox::Channel {
        let with_cost: Vec<(&str, u64, u64)> = writes.iter().map(|&(t, f)| (t, f, f)).collect();
        channel_with_costs(&with_cost)
    }

    /// A channel whose writes have a cost: text, fuel when made, when returned.
    fn channel_with_costs(writes: &[(&str, u64, u64)]) -> sandbox::Channel {
        let mut channel = sandbox::Channel::default();
        for &(text, fuel, fuel_after) in writes {
            channel.push([text.as_bytes()].into_iter(), fuel, fuel_after);
        }
        channel
    }

    #[test]
    fn the_cost_of_writing_the_marks_is_not_the_users() {
        // Each write costs 500: the call runs from the `>` write's return
        // (600) to the `<` write's start (640).
        let out = decode(
            &channel_with_costs(&[
                (">\n", 100, 600),
                ("<\n", 640, 1140),
                ("1\n#end\n", 1200, 1700),
            ]),
            1700,
        );
        assert_eq!(out.call_fuel, Some(vec![40]));
    }

    #[test]
    fn decodes_results_violations_and_call_fuel() {
        let out = decode(
            &channel(&[
                (">\n", 100),
                ("<\n", 130),
                ("null\n>\n", 150),
                ("<\n", 160),
                ("[1,2]\n>\n", 200),
                ("<\n", 1200),
                ("!input was modified: head\n#end\n", 1300),
            ]),
            1400,
        );
        assert_eq!(
            out.results,
            vec![
                ResultLine::Value(Value::Null),
                ResultLine::Value(json!([1, 2])),
                ResultLine::Violation("input was modified: head".into()),
            ]
        );
        assert!(out.ended);
        assert_eq!(out.call_fuel, Some(vec![30, 10, 1000]));
        assert_eq!(out.user_fuel(1400), 1040);
    }

    #[test]
    fn unmarked_or_badly_marked_output_charges_everything() {
        let unmarked = decode(&channel(&[("1\n2\n#end\n", 50)]), 900);
        assert_eq!(unmarked.results.len(), 2);
        assert_eq!(unmarked.call_fuel, None);
        assert_eq!(unmarked.user_fuel(900), 900);
        // Two intervals for one result: someone else wrote marks.
        let doubled = decode(
            &channel(&[
                (">\n", 10),
                ("<\n", 20),
                (">\n", 800),
                ("<\n", 810),
                ("5\n", 820),
            ]),
            900,
        );
        assert_eq!(doubled.call_fuel, None);
        // A result with no call marked before it.
        let partial = decode(&channel(&[(">\n", 10), ("<\n", 20), ("5\n6\n", 30)]), 900);
        assert_eq!(partial.call_fuel, None);
    }

    #[test]
    fn a_call_open_at_the_end_runs_to_the_end() {
        let out = decode(&channel(&[(">\n", 10), ("<\n", 20), ("1\n>\n", 30)]), 500);
        assert_eq!(out.call_fuel, Some(vec![10, 470]));
        assert!(!out.ended);
    }

    /// The line split as it was before it walked writes: a `memchr` from
    /// each line's start, the completing write found by its end offset.
    fn decode_by_offsets(channel: &sandbox::Channel, total_fuel: u64) -> RawOutput<'_> {
        let mut out = RawOutput::default();
        let mut marks = Marks::default();
        let mut writes = channel.writes.iter().peekable();
        let mut offset = 0usize;
        let bytes = &channel.bytes[..];
        while offset < bytes.len() && !out.ended {
            let start = offset;
            offset = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i + 1);
            let line = &bytes[start..offset];
            while writes.peek().is_some_and(|w| w.end() < offset) {
                writes.next();
            }
            let body = line.strip_suffix(b"\n").unwrap_or(line);
            record(
                body,
                writes.peek().copied(),
                total_fuel,
                &mut marks,
                &mut out,
            );
        }
        out.call_fuel = marks.finish(total_fuel);
        out
    }

    /// Channels of marks, results and end markers cut into writes anywhere,
    /// sometimes with bytes past the last write.
    fn any_channel() -> impl proptest::strategy::Strategy<Value = (sandbox::Channel, u64)> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just(b">\n".to_vec()),
            Just(b"<\n".to_vec()),
            Just(b"#end\n".to_vec()),
            Just(b"\n".to_vec()),
            proptest::collection::vec(
                prop_oneof![Just(b'1'), Just(b'>'), Just(b'\n'), Just(b'x')],
                0..40
            ),
        ];
        (
            proptest::collection::vec(piece, 0..30),
            proptest::collection::vec((0usize..50, 0u64..1000, 0u64..50), 0..30),
            any::<bool>(),
        )
            .prop_map(|(pieces, cuts, tail)| {
                let bytes: Vec<u8> = pieces.concat();
                let mut ends: Vec<(usize, u64, u64)> = cuts
                    .into_iter()
                    .map(|(at, fuel, cost)| (at.min(bytes.len()), fuel, fuel + cost))
                    .collect();
                ends.sort();
                let mut writes = Vec::new();
                let mut fuel = 0;
                for (end, f, after) in ends {
                    fuel = fuel.max(f);
                    writes.push(sandbox::ChannelWrite::new(end, fuel, after.max(fuel), None));
                }
                if !tail {
                    writes.push(sandbox::ChannelWrite::new(
                        bytes.len(),
                        fuel + 1,
                        fuel + 2,
                        None,
                    ));
                }
                (sandbox::Channel::new(bytes, writes), fuel + 100)
            })
    }

    /// Channels written as the sandbox writes them: writes of results,
    /// marks and end markers, and call marks (kept as flags at line
    /// starts, as text after an unfinished line).
    fn any_marked_channel() -> impl proptest::strategy::Strategy<Value = (sandbox::Channel, u64)> {
        use proptest::prelude::*;
        use sandbox::CallMark;
        let data = proptest::collection::vec(
            prop_oneof![Just(b'1'), Just(b'>'), Just(b'<'), Just(b'\n'), Just(b'x')],
            0..12,
        );
        let op = (
            data,
            prop_oneof![
                Just(None),
                Just(Some(CallMark::Begins)),
                Just(Some(CallMark::Returned))
            ],
            0u64..100,
            0u64..20,
        );
        proptest::collection::vec(op, 0..40).prop_map(|ops| {
            let mut channel = sandbox::Channel::default();
            let mut fuel = 0;
            for (data, mark, step, cost) in ops {
                fuel += step;
                match mark {
                    Some(mark) => channel.push_marked(&data, mark, fuel, fuel + cost),
                    None => channel.push([&data[..]].into_iter(), fuel, fuel + cost),
                }
                fuel += cost;
            }
            (channel, fuel + 100)
        })
    }

    proptest::proptest! {
        #[test]
        fn walking_writes_decodes_as_splitting_by_offsets((channel, total) in any_channel()) {
            proptest::prop_assert_eq!(decode_raw(&channel, total), decode_by_offsets(&channel, total));
        }

        #[test]
        fn marks_kept_as_flags_decode_as_their_text((channel, total) in any_marked_channel()) {
            let text = channel.written_out();
            proptest::prop_assert_eq!(decode_raw(&channel, total), decode_by_offsets(&text, total));
        }
    }
}
