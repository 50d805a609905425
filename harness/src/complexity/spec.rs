//! A pack's `[complexity]` section validated into domain types: the
//! requirement of each method and, for every size of the series, the calls
//! that build the structure and those that measure each method, drawn by the
//! ordinary generators (`crate::generate`) with sizes substituted.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Value;

use super::class::{Growth, Required};
use super::fit::classify;
use crate::generate::GeneratedSpec;
use crate::pack_format::raw::{RawComplexity, RawGenerated, RawGeneratedMethod};
use crate::signature::Signature;

/// A series needs at least this many sizes…
pub const MIN_SIZES: usize = 4;
/// …spanning at least this factor.
pub const MIN_SPAN: i64 = 16;
/// No size parameter may exceed this (generation and runs stay bounded).
pub const MAX_SIZE: i64 = 1_000_000;

/// One method's requirement, and what it means along the series.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodRequirement {
    pub name: String,
    pub required: Required,
    /// The requirement's value at each size (for the ratio test and plots).
    pub values: Vec<f64>,
    /// The candidate class the requirement follows along the series.
    pub growth: Growth,
}

/// How one method is measured at one size.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    pub method: String,
    /// The constructor and the measured calls (one method).
    pub spec: GeneratedSpec,
}

/// Everything run at one size.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint {
    pub size: u64,
    /// The calls that bring the structure to the size (none for functions).
    pub build: Option<GeneratedSpec>,
    pub probes: Vec<Probe>,
}

/// A validated `[complexity]` section.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplexitySpec {
    /// The parameter the series varies.
    pub size: String,
    pub seed: u64,
    pub methods: Vec<MethodRequirement>,
    pub points: Vec<SeriesPoint>,
}

/// An error and the span it points at (the section's when `None`).
pub type SpecError = (Option<Range<usize>>, String);

impl ComplexitySpec {
    pub(crate) fn from_raw(
        raw: &RawComplexity,
        signature: &Signature,
    ) -> Result<ComplexitySpec, Vec<SpecError>> {
        let mut errors: Vec<SpecError> = Vec::new();
        let size = raw.size.get_ref().clone();
        if !is_param(&size) {
            errors.push((
                Some(raw.size.span()),
                format!("size `{size}` must be a parameter name such as n, L or k"),
            ));
        }
        let sizes = raw.sizes.get_ref();
        let sizes_ok = sizes.len() >= MIN_SIZES
            && sizes.windows(2).all(|w| w[0] < w[1])
            && sizes.first().is_some_and(|&s| s >= 1)
            && sizes.last().is_some_and(|&s| s <= MAX_SIZE)
            && sizes.last().unwrap_or(&0) / sizes.first().unwrap_or(&1).max(&1) >= MIN_SPAN;
        if !sizes_ok {
            errors.push((
                Some(raw.sizes.span()),
                format!("sizes must be at least {MIN_SIZES} increasing values between 1 and {MAX_SIZE}, the largest at least {MIN_SPAN}× the smallest"),
            ));
        }
        let callables: Vec<String> = match signature {
            Signature::Class { methods, .. } => methods.iter().map(|m| m.name.clone()).collect(),
            Signature::Function { function, .. } => vec![function.name.clone()],
            Signature::Stdio => {
                return Err(vec![(
                    None,
                    "stdio problems cannot declare [complexity] (there are no calls to measure)"
                        .into(),
                )])
            }
        };
        let mut derived_names = BTreeMap::new();
        for (name, value) in &raw.derived {
            if !is_param(name) || *name == size {
                errors.push((
                    Some(value.span()),
                    format!(
                        "derived parameter `{name}` must be a name other than the size `{size}`"
                    ),
                ));
            }
            derived_names.insert(name.clone(), value);
        }
        let mut methods = Vec::new();
        for (name, text) in &raw.require {
            if !callables.contains(name) {
                errors.push((
                    Some(text.span()),
                    format!(
                        "require: `{name}` is not a method of this problem ({})",
                        callables.join(", ")
                    ),
                ));
                continue;
            }
            match Required::parse(text.get_ref()) {
                Ok(required) => {
                    if let Some(p) = required
                        .params()
                        .find(|p| *p != size && !derived_names.contains_key(*p))
                    {
                        errors.push((
                            Some(text.span()),
                            format!("require.{name}: parameter `{p}` is neither the size `{size}` nor in `derived`"),
                        ));
                    }
                    methods.push((name.clone(), required));
                }
                Err(message) => {
                    errors.push((Some(text.span()), format!("require.{name}: {message}")))
                }
            }
            if !raw.probe.contains_key(name) {
                errors.push((
                    Some(text.span()),
                    format!(
                        "require.{name} needs a [complexity.probe.{name}] saying how to call it"
                    ),
                ));
            }
        }
        if methods.is_empty() && errors.is_empty() {
            errors.push((
                None,
                "[complexity] needs `require = { method = \"O(...)\" }`".into(),
            ));
        }
        for (name, probe) in &raw.probe {
            if !raw.require.contains_key(name) {
                errors.push((
                    Some(probe.span()),
                    format!("[complexity.probe.{name}] has no requirement in `require`"),
                ));
            }
        }
        let is_function = matches!(signature, Signature::Function { .. });
        if is_function
            && (raw.build.is_some() || raw.build_calls.is_some() || raw.constructor.is_some())
        {
            errors.push((None, "a function problem's series has only probes (no `build`, `build_calls` or `constructor`)".into()));
        }
        if raw.build.is_some() != raw.build_calls.is_some() {
            errors.push((
                None,
                "`build_calls` and [complexity.build.<method>] go together".into(),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }

        let mut points = Vec::new();
        let mut at_size: Vec<BTreeMap<String, f64>> = Vec::new();
        for &s in sizes {
            let mut params = BTreeMap::from([(size.clone(), s)]);
            for (name, value) in &derived_names {
                match eval_value(value.get_ref(), &params) {
                    Ok(v) if (1..=MAX_SIZE).contains(&v) => {
                        params.insert(name.clone(), v);
                    }
                    Ok(v) => errors.push((
                        Some(value.span()),
                        format!("derived `{name}` = {v} at {size} = {s} is outside 1..={MAX_SIZE}"),
                    )),
                    Err(m) => errors.push((Some(value.span()), format!("derived `{name}`: {m}"))),
                }
            }
            at_size.push(params.iter().map(|(k, v)| (k.clone(), *v as f64)).collect());
            match point(raw, signature, &params, s) {
                Ok(p) => points.push(p),
                Err(e) => {
                    errors.push(e);
                    break;
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let xs: Vec<f64> = sizes.iter().map(|&s| s as f64).collect();
        let methods = methods
            .into_iter()
            .map(|(name, required)| {
                let values: Vec<f64> = at_size.iter().map(|v| required.at(v)).collect();
                let curve: Vec<(f64, f64)> =
                    xs.iter().copied().zip(values.iter().copied()).collect();
                MethodRequirement {
                    name,
                    growth: classify(&curve),
                    required,
                    values,
                }
            })
            .collect();
        Ok(ComplexitySpec {
            size,
            seed: raw.seed,
            methods,
            points,
        })
    }
}

/// The build and probes at one size, validated by the generators' own rules.
fn point(
    raw: &RawComplexity,
    signature: &Signature,
    params: &BTreeMap<String, i64>,
    size: i64,
) -> Result<SeriesPoint, SpecError> {
    let name = raw.size.get_ref();
    let at = |what: &str, m: String| (None, format!("at {name} = {size}: {what}: {m}"));
    let constructor = raw
        .constructor
        .as_ref()
        .map(|c| {
            c.iter()
                .map(|v| substitute(v, params))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()
        .map_err(|m| at("constructor", m))?;
    let build = match (&raw.build, &raw.build_calls) {
        (Some(methods), Some(calls)) => {
            let calls = eval_count(calls, params).map_err(|m| at("build_calls", m))?;
            let methods = methods
                .iter()
                .map(|(name, m)| {
                    let args = m
                        .args
                        .iter()
                        .map(|v| substitute(v, params))
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok((name.clone(), RawGeneratedMethod { args, ..m.clone() }))
                })
                .collect::<Result<BTreeMap<_, _>, String>>()
                .map_err(|m| at("build", m))?;
            let generated = RawGenerated {
                name: "complexity build".into(),
                seed: raw.seed,
                calls: Some(calls),
                program: None,
                constructor: constructor.clone(),
                methods: Some(methods),
                args: None,
            };
            Some(GeneratedSpec::from_raw(&generated, signature).map_err(|m| at("build", m))?)
        }
        _ => None,
    };
    let mut probes = Vec::new();
    for (name, probe) in &raw.probe {
        let probe = probe.get_ref();
        let calls =
            eval_count(&probe.calls, params).map_err(|m| at(&format!("probe.{name}.calls"), m))?;
        let args = probe
            .args
            .iter()
            .map(|v| substitute(v, params))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|m| at(&format!("probe.{name}"), m))?;
        let is_function = matches!(signature, Signature::Function { .. });
        let method = RawGeneratedMethod {
            weight: 1.0,
            effect: probe.effect.clone(),
            requires: probe.requires.clone(),
            args: args.clone(),
        };
        let generated = RawGenerated {
            name: format!("complexity probe {name}"),
            seed: raw.seed,
            calls: Some(calls),
            program: None,
            constructor: if is_function {
                None
            } else {
                constructor.clone()
            },
            methods: (!is_function).then(|| BTreeMap::from([(name.clone(), method)])),
            args: is_function.then_some(args),
        };
        let spec = GeneratedSpec::from_raw(&generated, signature)
            .map_err(|m| at(&format!("probe.{name}"), m))?;
        probes.push(Probe {
            method: name.clone(),
            spec,
        });
    }
    Ok(SeriesPoint {
        size: size as u64,
        build,
        probes,
    })
}

fn is_param(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A size expression: `12`, `"n"`, `"64k"`, `"n/4"`, `"3n/2"`.
fn eval_expr(text: &str, params: &BTreeMap<String, i64>) -> Result<i64, String> {
    let bad =
        || format!("`{text}` is not a size expression (a number, or e.g. \"n\", \"4n\", \"n/2\")");
    let (head, div) = match text.trim().split_once('/') {
        Some((head, div)) => (head.trim(), div.trim().parse::<i64>().map_err(|_| bad())?),
        None => (text.trim(), 1),
    };
    if div < 1 {
        return Err(bad());
    }
    let digits = head.chars().take_while(|c| c.is_ascii_digit()).count();
    let (coef, name) = head.split_at(digits);
    let coef = if coef.is_empty() {
        1
    } else {
        coef.parse::<i64>().map_err(|_| bad())?
    };
    let value = if name.is_empty() {
        coef
    } else {
        let v = params
            .get(name.trim())
            .ok_or_else(|| format!("`{text}`: unknown parameter `{}`", name.trim()))?;
        coef.checked_mul(*v).ok_or_else(bad)?
    };
    Ok(value / div)
}

fn eval_value(value: &Value, params: &BTreeMap<String, i64>) -> Result<i64, String> {
    match value {
        Value::Integer(i) => Ok(*i),
        Value::String(s) => eval_expr(s, params),
        other => Err(format!("`{other}` is not a number or size expression")),
    }
}

fn eval_count(value: &Value, params: &BTreeMap<String, i64>) -> Result<u64, String> {
    let v = eval_value(value, params)?;
    u64::try_from(v).map_err(|_| format!("a count of {v} calls is negative"))
}

/// Replaces size expressions in a generator's numeric places (`int`, `len`
/// and `total`) by their values at this size.
fn substitute(value: &Value, params: &BTreeMap<String, i64>) -> Result<Value, String> {
    match value {
        Value::Table(table) => {
            let mut out = toml::map::Map::new();
            for (key, v) in table {
                let v = if matches!(key.as_str(), "int" | "len" | "total") {
                    numbers(v, params)?
                } else {
                    substitute(v, params)?
                };
                out.insert(key.clone(), v);
            }
            Ok(Value::Table(out))
        }
        Value::Array(items) => Ok(Value::Array(
            items
                .iter()
                .map(|v| substitute(v, params))
                .collect::<Result<_, _>>()?,
        )),
        other => Ok(other.clone()),
    }
}

fn numbers(value: &Value, params: &BTreeMap<String, i64>) -> Result<Value, String> {
    match value {
        Value::String(s) => Ok(Value::Integer(eval_expr(s, params)?)),
        Value::Array(items) => Ok(Value::Array(
            items
                .iter()
                .map(|v| numbers(v, params))
                .collect::<Result<_, _>>()?,
        )),
        other => Ok(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_expressions() {
        let params = BTreeMap::from([("n".to_string(), 1000), ("k".to_string(), 8)]);
        assert_eq!(eval_expr("n", &params), Ok(1000));
        assert_eq!(eval_expr("64k", &params), Ok(512));
        assert_eq!(eval_expr("n/4", &params), Ok(250));
        assert_eq!(eval_expr("3n/2", &params), Ok(1500));
        assert_eq!(eval_expr("12", &params), Ok(12));
        assert!(eval_expr("m", &params).is_err());
        assert!(eval_expr("n/0", &params).is_err());
        assert!(eval_expr("99999999999999999999n", &params).is_err());
    }
}
