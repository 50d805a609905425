//! Large tests regenerated from a seed: a pack declares call sequences drawn
//! from its signature (per-method weights, argument generators, and effects
//! that keep preconditions such as "getRandom only on a non-empty set").
//! The same spec and seed give the same calls, byte for byte, everywhere.

use std::collections::{BTreeMap, HashMap};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::Value;

use crate::pack_format::raw::{RawGenerated, RawGeneratedMethod};
use crate::signature::{Method, Signature, Type};
use crate::vectors::Call;

/// How one argument is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgGen {
    Int(i64, i64),
    Bool(f64),
    Double(f64, f64),
    Str {
        alphabet: Vec<char>,
        len: (usize, usize),
        reuse: f64,
        prefix: f64,
    },
    Array {
        len: (usize, usize),
        item: Box<ArgGen>,
        sorted: bool,
        /// No value twice (int items only; the range must hold `len`'s upper bound).
        distinct: bool,
        total: Option<usize>,
    },
    CycleList {
        len: (usize, usize),
        item: Box<ArgGen>,
    },
    /// A value currently tracked (see [`Effect`]) with probability `p`.
    Member {
        p: f64,
        otherwise: Box<ArgGen>,
    },
}

/// What a method does to the tracked set or stack, so that generated calls
/// respect the problem's preconditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Add,
    Remove,
    Push,
    Pop,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MethodGen {
    pub name: String,
    pub weight: f64,
    pub effect: Option<Effect>,
    pub requires_nonempty: bool,
    pub args: Vec<ArgGen>,
}

/// A generated test, as declared in `problem.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedSpec {
    pub name: String,
    pub seed: u64,
    pub calls: u64,
    /// Class problems: the constructor's argument generators.
    pub constructor: Vec<ArgGen>,
    /// Class problems: the methods to draw; function problems: the function.
    pub methods: Vec<MethodGen>,
    /// Set for the second way of generating: a program in the pack prints
    /// the test's input (then `calls`, `constructor` and `methods` are empty).
    pub program: Option<GeneratorProgram>,
}

/// A generator program: a whole stdio program shipped in the pack, compiled
/// like a stdio solution and run in the sandbox with the seed on stdin. It
/// prints the test's input: stdin for stdio problems, the `Input` part of
/// LeetCode's example format for class and function problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratorProgram {
    /// Path relative to the pack (`generators/gen.c`).
    pub path: String,
    pub language: crate::language::Language,
    pub bytes: Vec<u8>,
}

const MAX_CALLS: u64 = 2_000_000;

impl GeneratedSpec {
    pub(crate) fn from_raw(
        raw: &RawGenerated,
        signature: &Signature,
    ) -> Result<GeneratedSpec, String> {
        if let Some(program) = &raw.program {
            if raw.calls.is_some()
                || raw.constructor.is_some()
                || raw.methods.is_some()
                || raw.args.is_some()
            {
                return Err(format!(
                    "`program = \"{program}\"` generates the whole input: drop `calls`, `constructor`, `methods` and `args`"
                ));
            }
            // The program's file is resolved by the pack loader, which has
            // the pack's files.
            return Ok(GeneratedSpec {
                name: raw.name.clone(),
                seed: raw.seed,
                calls: 0,
                constructor: Vec::new(),
                methods: Vec::new(),
                program: Some(GeneratorProgram {
                    path: program.clone(),
                    language: crate::language::Language::C,
                    bytes: Vec::new(),
                }),
            });
        }
        let calls = raw.calls.ok_or(
            "needs `calls = N` (declared call sequences) or `program = \"generators/<file>\"`",
        )?;
        if calls == 0 || calls > MAX_CALLS {
            return Err(format!("calls = {calls} must be between 1 and {MAX_CALLS}"));
        }
        let mut spec = GeneratedSpec {
            name: raw.name.clone(),
            seed: raw.seed,
            calls,
            constructor: Vec::new(),
            methods: Vec::new(),
            program: None,
        };
        match signature {
            Signature::Class { class, .. } => {
                if raw.args.is_some() {
                    return Err("a class test draws `methods`, not `args`".into());
                }
                let ctor = signature.callable(class).ok_or("no constructor")?;
                spec.constructor = args_for(&ctor, raw.constructor.as_deref().unwrap_or(&[]))
                    .map_err(|m| format!("constructor: {m}"))?;
                let methods = raw
                    .methods
                    .as_ref()
                    .filter(|m| !m.is_empty())
                    .ok_or("a class test needs [generated.methods.<name>] tables")?;
                for (name, raw_method) in methods {
                    let method = signature
                        .callable(name)
                        .filter(|_| name != class)
                        .ok_or_else(|| format!("`{name}` is not a method of `{class}`"))?;
                    spec.methods.push(method_gen(&method, raw_method)?);
                }
            }
            Signature::Function { function, .. } => {
                if raw.methods.is_some() || raw.constructor.is_some() {
                    return Err("a function test draws `args`, not `methods`".into());
                }
                let raw_args = raw.args.as_deref().unwrap_or(&[]);
                spec.methods.push(MethodGen {
                    name: function.name.clone(),
                    weight: 1.0,
                    effect: None,
                    requires_nonempty: false,
                    args: args_for(function, raw_args)?,
                });
            }
            Signature::Stdio => {
                return Err(
                    "stdio problems cannot declare generated calls; use `program = \"generators/gen.c\"`"
                        .into(),
                )
            }
        }
        Ok(spec)
    }

    /// The calls of this test.
    pub fn generate(&self, signature: &Signature) -> Vec<Call> {
        generate_phases(signature, self.seed, &[self])
    }
}

/// Calls drawn in phases with one generator state (so later phases see what
/// earlier ones added): the first phase's constructor, then each phase's
/// `calls` drawn from its own methods. A complexity series builds a structure
/// to a size in one phase and measures one method in the next.
pub fn generate_phases(signature: &Signature, seed: u64, phases: &[&GeneratedSpec]) -> Vec<Call> {
    let mut state = State {
        rng: ChaCha8Rng::seed_from_u64(seed),
        strings: Vec::new(),
        tracked: Tracked::default(),
    };
    let total: u64 = phases.iter().map(|p| p.calls).sum();
    let mut calls = Vec::with_capacity(total as usize + 1);
    if let (Signature::Class { class, .. }, Some(first)) = (signature, phases.first()) {
        let args = first.constructor.iter().map(|g| state.draw(g)).collect();
        calls.push(Call {
            method: class.clone(),
            args,
        });
    }
    for phase in phases {
        for _ in 0..phase.calls {
            let Some(method) = state.pick(&phase.methods) else {
                break;
            };
            let args: Vec<Value> = method.args.iter().map(|g| state.draw(g)).collect();
            if let (Some(effect), Some(arg)) = (method.effect, args.first().and_then(Value::as_i64))
            {
                state.tracked.apply(effect, arg);
            } else if method.effect == Some(Effect::Pop) {
                state.tracked.apply(Effect::Pop, 0);
            }
            calls.push(Call {
                method: method.name.clone(),
                args,
            });
        }
    }
    calls
}

fn method_gen(method: &Method, raw: &RawGeneratedMethod) -> Result<MethodGen, String> {
    let effect = match raw.effect.as_deref() {
        None => None,
        Some("add") => Some(Effect::Add),
        Some("remove") => Some(Effect::Remove),
        Some("push") => Some(Effect::Push),
        Some("pop") => Some(Effect::Pop),
        Some(other) => {
            return Err(format!(
                "`{}`: effect `{other}` must be add, remove, push or pop",
                method.name
            ))
        }
    };
    let requires_nonempty = match raw.requires.as_deref() {
        None => false,
        Some("nonempty") => true,
        Some(other) => {
            return Err(format!(
                "`{}`: requires `{other}` must be nonempty",
                method.name
            ))
        }
    };
    if !(raw.weight > 0.0 && raw.weight.is_finite()) {
        return Err(format!("`{}`: weight must be positive", method.name));
    }
    if matches!(effect, Some(Effect::Add | Effect::Remove | Effect::Push))
        && !matches!(
            method.params.first().map(|p| p.ty),
            Some(Type::Int | Type::Long)
        )
    {
        return Err(format!(
            "`{}`: effect needs an int first parameter",
            method.name
        ));
    }
    Ok(MethodGen {
        name: method.name.clone(),
        weight: raw.weight,
        effect,
        requires_nonempty,
        args: args_for(method, &raw.args).map_err(|m| format!("`{}`: {m}", method.name))?,
    })
}

fn args_for(method: &Method, raw: &[toml::Value]) -> Result<Vec<ArgGen>, String> {
    if raw.len() != method.params.len() {
        return Err(format!(
            "{} argument generator(s) for {} parameter(s)",
            raw.len(),
            method.params.len()
        ));
    }
    method
        .params
        .iter()
        .zip(raw)
        .map(|(param, value)| {
            let gen = parse_gen(value).map_err(|m| format!("argument `{}`: {m}", param.name))?;
            check_gen(param.ty, &gen).map_err(|m| format!("argument `{}`: {m}", param.name))?;
            Ok(gen)
        })
        .collect()
}

fn pair<T: TryFrom<i64>>(value: &toml::Value, what: &str) -> Result<(T, T), String> {
    let bad = || format!("`{what}` must be [low, high]");
    let items = value.as_array().ok_or_else(bad)?;
    let [lo, hi] = items.as_slice() else {
        return Err(bad());
    };
    let lo = lo.as_integer().ok_or_else(bad)?;
    let hi = hi.as_integer().ok_or_else(bad)?;
    if lo > hi {
        return Err(format!("`{what}` range [{lo}, {hi}] is empty"));
    }
    Ok((
        T::try_from(lo).map_err(|_| bad())?,
        T::try_from(hi).map_err(|_| bad())?,
    ))
}

fn float(value: &toml::Value) -> Option<f64> {
    value
        .as_float()
        .or_else(|| value.as_integer().map(|i| i as f64))
}

fn probability(value: Option<&toml::Value>, what: &str) -> Result<f64, String> {
    match value {
        None => Ok(0.0),
        Some(v) => float(v)
            .filter(|p| (0.0..=1.0).contains(p))
            .ok_or_else(|| format!("`{what}` must be a probability between 0 and 1")),
    }
}

fn parse_gen(value: &toml::Value) -> Result<ArgGen, String> {
    let table = value
        .as_table()
        .ok_or("an argument generator is an inline table such as { int = [0, 10] }")?;
    let key = |k: &str| table.get(k);
    let allow = |keys: &[&str]| -> Result<(), String> {
        match table.keys().find(|k| !keys.contains(&k.as_str())) {
            Some(unknown) => Err(format!("unknown key `{unknown}`")),
            None => Ok(()),
        }
    };
    if let Some(range) = key("int") {
        allow(&["int"])?;
        let (lo, hi) = pair::<i64>(range, "int")?;
        return Ok(ArgGen::Int(lo, hi));
    }
    if let Some(p) = key("bool") {
        allow(&["bool"])?;
        return Ok(ArgGen::Bool(probability(Some(p), "bool")?));
    }
    if let Some(range) = key("double") {
        allow(&["double"])?;
        let items = range.as_array().ok_or("`double` must be [low, high]")?;
        let (Some(lo), Some(hi)) = (items.first().and_then(float), items.get(1).and_then(float))
        else {
            return Err("`double` must be [low, high]".into());
        };
        return Ok(ArgGen::Double(lo, hi));
    }
    if let Some(spec) = key("string") {
        allow(&["string"])?;
        let t = spec.as_table().ok_or("`string` takes a table")?;
        if let Some(unknown) = t
            .keys()
            .find(|k| !["alphabet", "len", "reuse", "prefix"].contains(&k.as_str()))
        {
            return Err(format!("string: unknown key `{unknown}`"));
        }
        let alphabet: Vec<char> = t
            .get("alphabet")
            .and_then(|a| a.as_str())
            .unwrap_or("abcdefghijklmnopqrstuvwxyz")
            .chars()
            .collect();
        if alphabet.is_empty() {
            return Err("string: the alphabet is empty".into());
        }
        let len = pair::<usize>(t.get("len").ok_or("string needs `len`")?, "len")?;
        return Ok(ArgGen::Str {
            alphabet,
            len,
            reuse: probability(t.get("reuse"), "reuse")?,
            prefix: probability(t.get("prefix"), "prefix")?,
        });
    }
    if let Some(spec) = key("array") {
        allow(&["array"])?;
        let t = spec.as_table().ok_or("`array` takes a table")?;
        if let Some(unknown) = t
            .keys()
            .find(|k| !["len", "item", "sorted", "distinct", "total"].contains(&k.as_str()))
        {
            return Err(format!("array: unknown key `{unknown}`"));
        }
        let len = pair::<usize>(t.get("len").ok_or("array needs `len`")?, "len")?;
        let item = parse_gen(t.get("item").ok_or("array needs `item`")?)?;
        let total = match t.get("total") {
            None => None,
            Some(v) => Some(
                v.as_integer()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or("`total` must be a count")?,
            ),
        };
        if total.is_some() && !matches!(item, ArgGen::Array { .. }) {
            return Err("`total` needs an array of arrays".into());
        }
        let distinct = t.get("distinct").and_then(|s| s.as_bool()).unwrap_or(false);
        if distinct {
            check_distinct(len.1, &item)?;
        }
        return Ok(ArgGen::Array {
            len,
            item: Box::new(item),
            sorted: t.get("sorted").and_then(|s| s.as_bool()).unwrap_or(false),
            distinct,
            total,
        });
    }
    if let Some(spec) = key("cycle_list") {
        allow(&["cycle_list"])?;
        let t = spec.as_table().ok_or("`cycle_list` takes a table")?;
        let len = pair::<usize>(t.get("len").ok_or("cycle_list needs `len`")?, "len")?;
        let item = parse_gen(t.get("item").ok_or("cycle_list needs `item`")?)?;
        return Ok(ArgGen::CycleList {
            len,
            item: Box::new(item),
        });
    }
    if let Some(p) = key("member") {
        allow(&["member", "else"])?;
        let otherwise = parse_gen(key("else").ok_or("`member` needs `else`")?)?;
        return Ok(ArgGen::Member {
            p: probability(Some(p), "member")?,
            otherwise: Box::new(otherwise),
        });
    }
    Err(format!(
        "unknown generator (keys: {}); use int, bool, double, string, array, cycle_list or member",
        table.keys().cloned().collect::<Vec<_>>().join(", ")
    ))
}

/// `distinct = true` draws without replacement from an int range, which must
/// hold at least `max_len` values.
fn check_distinct(max_len: usize, item: &ArgGen) -> Result<(), String> {
    let ArgGen::Int(lo, hi) = item else {
        return Err("`distinct` needs an int item".into());
    };
    let values = i128::from(*hi) - i128::from(*lo) + 1;
    if values < max_len as i128 {
        return Err(format!(
            "`distinct`: the range [{lo}, {hi}] holds {values} values, fewer than the length {max_len}"
        ));
    }
    Ok(())
}

/// Whether a generator produces values of `ty`.
fn check_gen(ty: Type, gen: &ArgGen) -> Result<(), String> {
    let ok = match (ty, gen) {
        (Type::Int, ArgGen::Int(lo, hi)) => *lo >= i32::MIN as i64 && *hi <= i32::MAX as i64,
        (Type::Long, ArgGen::Int(..)) => true,
        (Type::Int | Type::Long, ArgGen::Member { otherwise, .. }) => {
            check_gen(ty, otherwise).is_ok()
        }
        (Type::Bool, ArgGen::Bool(_)) | (Type::Double, ArgGen::Double(..)) => true,
        (Type::String, ArgGen::Str { .. }) => true,
        (
            Type::IntArray | Type::ListNode,
            ArgGen::Array {
                item, total: None, ..
            },
        ) => check_gen(Type::Int, item).is_ok(),
        (Type::IntMatrix | Type::ListNodeArray, ArgGen::Array { item, .. }) => {
            check_gen(Type::IntArray, item).is_ok()
        }
        (
            Type::StringArray,
            ArgGen::Array {
                item, total: None, ..
            },
        ) => check_gen(Type::String, item).is_ok(),
        (Type::CycleList, ArgGen::CycleList { item, .. }) => check_gen(Type::Int, item).is_ok(),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "this generator does not produce {ty} values (or its range does not fit)"
        ))
    }
}

/// The set or stack that method effects track.
#[derive(Default)]
struct Tracked {
    items: Vec<i64>,
    index: HashMap<i64, usize>,
    is_stack: bool,
}

impl Tracked {
    fn apply(&mut self, effect: Effect, value: i64) {
        match effect {
            Effect::Add => {
                if !self.index.contains_key(&value) {
                    self.index.insert(value, self.items.len());
                    self.items.push(value);
                }
            }
            Effect::Remove => {
                if let Some(at) = self.index.remove(&value) {
                    self.items.swap_remove(at);
                    if let Some(moved) = self.items.get(at) {
                        self.index.insert(*moved, at);
                    }
                }
            }
            Effect::Push => {
                self.is_stack = true;
                self.items.push(value);
            }
            Effect::Pop => {
                self.items.pop();
            }
        }
    }
}

struct State {
    rng: ChaCha8Rng,
    strings: Vec<String>,
    tracked: Tracked,
}

impl State {
    fn pick<'a>(&mut self, methods: &'a [MethodGen]) -> Option<&'a MethodGen> {
        let eligible: Vec<&MethodGen> = methods
            .iter()
            .filter(|m| !m.requires_nonempty || !self.tracked.items.is_empty())
            .collect();
        let total: f64 = eligible.iter().map(|m| m.weight).sum();
        if eligible.is_empty() || total <= 0.0 {
            return None;
        }
        let mut x = self.rng.gen_range(0.0..total);
        for m in &eligible {
            if x < m.weight {
                return Some(m);
            }
            x -= m.weight;
        }
        eligible.last().copied()
    }

    fn draw(&mut self, gen: &ArgGen) -> Value {
        match gen {
            ArgGen::Int(lo, hi) => Value::from(self.rng.gen_range(*lo..=*hi)),
            ArgGen::Bool(p) => Value::from(self.rng.gen_bool(*p)),
            ArgGen::Double(lo, hi) => {
                let x: f64 = if lo < hi {
                    self.rng.gen_range(*lo..*hi)
                } else {
                    *lo
                };
                serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
            }
            ArgGen::Str {
                alphabet,
                len,
                reuse,
                prefix,
            } => Value::from(self.string(alphabet, *len, *reuse, *prefix)),
            ArgGen::Array {
                len,
                item,
                sorted,
                distinct,
                total,
            } => {
                let count = self.rng.gen_range(len.0..=len.1);
                match (total, item.as_ref()) {
                    (
                        Some(total),
                        ArgGen::Array {
                            len: inner,
                            item: inner_item,
                            sorted: inner_sorted,
                            distinct: inner_distinct,
                            ..
                        },
                    ) => {
                        let sizes = self.spread(*total, count, inner.1);
                        Value::Array(
                            sizes
                                .into_iter()
                                .map(|n| {
                                    self.array_of(n, inner_item, *inner_sorted, *inner_distinct)
                                })
                                .collect(),
                        )
                    }
                    _ => self.array_of(count, item, *sorted, *distinct),
                }
            }
            ArgGen::CycleList { len, item } => {
                let n = self.rng.gen_range(len.0..=len.1);
                let list = self.array_of(n, item, false, false);
                let pos = self.rng.gen_range(-1..n as i64);
                Value::Array(vec![list, Value::from(pos)])
            }
            ArgGen::Member { p, otherwise } => {
                if !self.tracked.items.is_empty() && self.rng.gen_bool(*p) {
                    let at = self.rng.gen_range(0..self.tracked.items.len());
                    Value::from(self.tracked.items[at])
                } else {
                    self.draw(otherwise)
                }
            }
        }
    }

    fn array_of(&mut self, n: usize, item: &ArgGen, sorted: bool, distinct: bool) -> Value {
        if let (true, ArgGen::Int(lo, hi)) = (distinct, item) {
            return self.distinct_ints(n, *lo, *hi, sorted);
        }
        let mut values: Vec<Value> = (0..n).map(|_| self.draw(item)).collect();
        if sorted {
            values.sort_by(|a, b| {
                a.as_f64()
                    .partial_cmp(&b.as_f64())
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        }
        Value::Array(values)
    }

    /// `n` different integers from `[lo, hi]` (checked at parse time to hold
    /// at least `n`), in random order or sorted.
    fn distinct_ints(&mut self, n: usize, lo: i64, hi: i64, sorted: bool) -> Value {
        let span = usize::try_from(hi.abs_diff(lo)).map_or(usize::MAX, |d| d.saturating_add(1));
        let mut values: Vec<i64> = rand::seq::index::sample(&mut self.rng, span, n.min(span))
            .into_iter()
            .map(|offset| lo.wrapping_add(offset as i64))
            .collect();
        if sorted {
            values.sort_unstable();
        }
        Value::Array(values.into_iter().map(Value::from).collect())
    }

    /// Splits `total` items at random over `count` arrays of at most `cap`.
    fn spread(&mut self, total: usize, count: usize, cap: usize) -> Vec<usize> {
        let mut sizes = vec![0usize; count];
        if count == 0 {
            return sizes;
        }
        let total = total.min(count.saturating_mul(cap));
        let mut open: Vec<usize> = (0..count).collect();
        for _ in 0..total {
            let at = self.rng.gen_range(0..open.len());
            let list = open[at];
            sizes[list] += 1;
            if sizes[list] >= cap {
                open.swap_remove(at);
            }
        }
        sizes
    }

    fn string(
        &mut self,
        alphabet: &[char],
        len: (usize, usize),
        reuse: f64,
        prefix: f64,
    ) -> String {
        if !self.strings.is_empty() {
            let roll: f64 = self.rng.gen();
            if roll < reuse {
                let at = self.rng.gen_range(0..self.strings.len());
                return self.strings[at].clone();
            }
            if roll < reuse + prefix {
                let at = self.rng.gen_range(0..self.strings.len());
                let word = &self.strings[at];
                let cut = self.rng.gen_range(1..=word.chars().count().max(1));
                return word.chars().take(cut).collect();
            }
        }
        let n = self.rng.gen_range(len.0..=len.1);
        let word: String = (0..n)
            .map(|_| alphabet[self.rng.gen_range(0..alphabet.len())])
            .collect();
        self.strings.push(word.clone());
        word
    }
}

/// Summary counts of a generated test, for reports.
pub fn describe(calls: &[Call]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for call in calls {
        *counts.entry(call.method.clone()).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::Param;

    fn set_signature() -> Signature {
        Signature::Class {
            class: "RandomizedSet".into(),
            constructor: vec![],
            methods: vec![
                Method {
                    name: "insert".into(),
                    params: vec![Param {
                        name: "val".into(),
                        ty: Type::Int,
                    }],
                    returns: Type::Bool,
                },
                Method {
                    name: "remove".into(),
                    params: vec![Param {
                        name: "val".into(),
                        ty: Type::Int,
                    }],
                    returns: Type::Bool,
                },
                Method {
                    name: "getRandom".into(),
                    params: vec![],
                    returns: Type::Int,
                },
            ],
            immutable_input: false,
        }
    }

    fn spec(text: &str) -> GeneratedSpec {
        let raw: RawGenerated = toml::from_str(text).unwrap();
        GeneratedSpec::from_raw(&raw, &set_signature()).unwrap()
    }

    const SET: &str = r#"
name = "t"
seed = 5
calls = 2000
[methods.insert]
weight = 1
effect = "add"
args = [{ int = [1, 50] }]
[methods.remove]
weight = 1
effect = "remove"
args = [{ member = 0.9, else = { int = [1, 50] } }]
[methods.getRandom]
weight = 2
requires = "nonempty"
"#;

    #[test]
    fn same_seed_same_calls_byte_for_byte() {
        let a = spec(SET).generate(&set_signature());
        let b = spec(SET).generate(&set_signature());
        assert_eq!(a, b);
        let other = spec(&SET.replace("seed = 5", "seed = 6")).generate(&set_signature());
        assert_ne!(a, other);
        let encoded_a = crate::wire::encode(&set_signature(), &a).unwrap();
        let encoded_b = crate::wire::encode(&set_signature(), &b).unwrap();
        assert_eq!(encoded_a, encoded_b);
    }

    #[test]
    fn preconditions_hold() {
        let calls = spec(SET).generate(&set_signature());
        assert_eq!(calls.len(), 2001);
        let mut set = std::collections::BTreeSet::new();
        for call in &calls[1..] {
            let v = call.args.first().and_then(Value::as_i64);
            match call.method.as_str() {
                "insert" => {
                    set.insert(v.unwrap());
                }
                "remove" => {
                    set.remove(&v.unwrap());
                }
                _ => assert!(!set.is_empty(), "getRandom on an empty set"),
            }
        }
    }

    #[test]
    fn bad_generators_are_reported() {
        let raw: RawGenerated = toml::from_str(&SET.replace(
            "int = [1, 50] }]\n[methods.remove]",
            "str = 1 }]\n[methods.remove]",
        ))
        .unwrap();
        let err = GeneratedSpec::from_raw(&raw, &set_signature()).unwrap_err();
        assert!(err.contains("unknown generator"), "{err}");
        let raw: RawGenerated =
            toml::from_str(&SET.replace("[methods.getRandom]", "[methods.pop]")).unwrap();
        let err = GeneratedSpec::from_raw(&raw, &set_signature()).unwrap_err();
        assert!(err.contains("`pop` is not a method"), "{err}");
    }

    fn draw_once(text: &str, seed: u64) -> Result<Value, String> {
        let gen = parse_gen(&toml::from_str::<toml::Value>(&format!("g = {text}")).unwrap()["g"])?;
        let mut state = State {
            rng: ChaCha8Rng::seed_from_u64(seed),
            strings: Vec::new(),
            tracked: Tracked::default(),
        };
        Ok(state.draw(&gen))
    }

    #[test]
    fn distinct_arrays_repeat_no_value() {
        for seed in 0..20 {
            // A range barely larger than the array: plain draws would repeat.
            let drawn = draw_once(
                "{ array = { len = [90, 100], item = { int = [-50, 50] }, distinct = true } }",
                seed,
            )
            .unwrap();
            let values: Vec<i64> = drawn
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_i64().unwrap())
                .collect();
            let unique: std::collections::BTreeSet<i64> = values.iter().copied().collect();
            assert_eq!(unique.len(), values.len(), "{values:?}");
            assert!(values.iter().all(|v| (-50..=50).contains(v)));
            let sorted = draw_once("{ array = { len = [101, 101], item = { int = [-50, 50] }, distinct = true, sorted = true } }", seed).unwrap();
            let sorted: Vec<i64> = sorted
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_i64().unwrap())
                .collect();
            assert_eq!(sorted, (-50..=50).collect::<Vec<_>>());
        }
        let err = draw_once(
            "{ array = { len = [1, 102], item = { int = [-50, 50] }, distinct = true } }",
            0,
        )
        .unwrap_err();
        assert!(
            err.contains("holds 101 values, fewer than the length 102"),
            "{err}"
        );
        let err = draw_once(
            "{ array = { len = [1, 2], item = { bool = 0.5 }, distinct = true } }",
            0,
        )
        .unwrap_err();
        assert!(err.contains("needs an int item"), "{err}");
    }
}
