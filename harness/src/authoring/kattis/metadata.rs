//! What a Kattis package says about itself in YAML: `problem.yaml` (the
//! legacy format and 2023-07) and the `testdata.yaml` / `test_group.yaml`
//! of its data folders. Read with a real YAML parser, so flow style
//! (`limits: {memory: 256}`), quoting and multi-line values all work; the
//! features this judge cannot import yet are named, not guessed around.

use yaml_serde::Value;

use super::ImportError;

/// `problem.yaml`, reduced to what an import uses.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemYaml {
    pub name: Option<String>,
    /// `validation: custom` (legacy) or an output validator folder.
    pub custom_validation: bool,
    /// `validation: custom interactive` (legacy) or `type: interactive`
    /// (2023-07): the output validator is an interactor.
    pub interactive: bool,
    /// Legacy `validator_flags`.
    pub validator_flags: String,
    /// Slowest accepted submission's time to time limit (legacy
    /// `time_multiplier`, 2023-07 `time_multipliers.ac_to_time_limit`).
    pub time_multiplier: f64,
    /// Time limit to what a too-slow submission must exceed (legacy
    /// `time_safety_margin`, 2023-07 `time_multipliers.time_limit_to_tle`).
    pub time_safety_margin: f64,
    /// An explicit limit in seconds (2023-07 `limits.time_limit`).
    pub time_limit: Option<f64>,
    pub memory_mib: Option<f64>,
    pub output_mib: Option<f64>,
}

/// Parses YAML text; errors name the file and line.
pub fn parse(text: &str, file: &str) -> Result<Value, ImportError> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    yaml_serde::from_str(text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}", l.line()))
            .unwrap_or_default();
        ImportError::Invalid(format!("{file}{at}: not valid YAML: {e}"))
    })
}

/// A scalar as text: strings as they are, numbers and booleans printed.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A number, also when written as a string (`"1.5"`).
fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A string, or a list of strings (2023-07 writes both), as words.
fn words(value: &Value) -> Vec<String> {
    match value {
        Value::Sequence(items) => items.iter().filter_map(text).collect(),
        other => text(other)
            .map(|t| t.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default(),
    }
}

fn at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(key))
}

/// Reads `problem.yaml`, refusing the problem types this judge cannot
/// judge, each named.
pub fn problem_yaml(source: &str, file: &str) -> Result<ProblemYaml, ImportError> {
    let yaml = parse(source, file)?;
    if !matches!(yaml, Value::Mapping(_) | Value::Null) {
        return Err(ImportError::Invalid(format!(
            "{file}: expected a mapping of keys to values"
        )));
    }
    // The problem type: legacy `type` and `validation`, 2023-07 `type` (a
    // word or a list of words).
    let mut features: Vec<String> = yaml.get("type").map(words).unwrap_or_default();
    let validation = yaml.get("validation").map(words).unwrap_or_default();
    features.extend(validation.iter().filter(|w| *w != "custom").cloned());
    let interactive = features.iter().any(|f| f == "interactive");
    features.retain(|f| f != "interactive");
    refuse_unsupported(&features, file)?;

    let name = yaml.get("name").and_then(|name| match name {
        Value::Mapping(_) => name.get("en").and_then(text).or_else(|| {
            name.as_mapping()
                .and_then(|m| m.values().next())
                .and_then(text)
        }),
        other => text(other),
    });
    let legacy = yaml
        .get("problem_format_version")
        .and_then(text)
        .is_none_or(|v| v == "legacy");
    let limit = |key: &str| at(&yaml, &["limits", key]).and_then(number);
    let multiplier = |key: &str| at(&yaml, &["limits", "time_multipliers", key]).and_then(number);
    let (default_multiplier, default_margin) = if legacy { (5.0, 2.0) } else { (2.0, 1.5) };
    Ok(ProblemYaml {
        name,
        custom_validation: validation.first().is_some_and(|w| w == "custom"),
        interactive,
        validator_flags: yaml
            .get("validator_flags")
            .map(words)
            .unwrap_or_default()
            .join(" "),
        time_multiplier: limit("time_multiplier")
            .or_else(|| multiplier("ac_to_time_limit"))
            .filter(|m| *m >= 1.0)
            .unwrap_or(default_multiplier),
        time_safety_margin: limit("time_safety_margin")
            .or_else(|| multiplier("time_limit_to_tle"))
            .filter(|m| *m >= 1.0)
            .unwrap_or(default_margin),
        time_limit: limit("time_limit").filter(|t| *t > 0.0),
        memory_mib: limit("memory"),
        output_mib: limit("output"),
    })
}

/// The message for a problem type this judge cannot judge yet.
fn refuse_unsupported(features: &[String], file: &str) -> Result<(), ImportError> {
    for feature in features {
        let what = match feature.as_str() {
            "pass-fail" | "default" => continue,
            "scoring" | "score" => "scoring problems (partial scores per test group)",
            "multi-pass" => {
                "multi-pass problems (the solution runs again on the validator's feedback)"
            }
            "submit-answer" => "submit-answer problems (the answer is a file, not a program)",
            _ => "this problem type",
        };
        return Err(ImportError::Invalid(format!(
            "{file}: `{feature}`: {what} cannot be imported; this judge imports pass-fail problems"
        )));
    }
    Ok(())
}

/// The validator flags one folder's `testdata.yaml` (legacy) or
/// `test_group.yaml` (2023-07) sets, each only if the file sets it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupFlags {
    /// `output_validator_flags` / `output_validator_args`.
    pub output: Option<String>,
    /// `input_validator_flags` / `input_validator_args` (2023-07 may key
    /// them by validator: the first one's are taken, as the import takes
    /// one input validator).
    pub input: Option<String>,
}

impl GroupFlags {
    /// These flags, with what `parent` sets and these do not.
    pub fn or(self, parent: &GroupFlags) -> GroupFlags {
        GroupFlags {
            output: self.output.or_else(|| parent.output.clone()),
            input: self.input.or_else(|| parent.input.clone()),
        }
    }
}

/// Reads the flags of a `testdata.yaml` or `test_group.yaml`.
pub fn group_flags(source: &str, file: &str) -> Result<GroupFlags, ImportError> {
    let yaml = parse(source, file)?;
    let find = |keys: [&str; 2]| {
        keys.iter()
            .find_map(|key| yaml.get(key))
            .map(|flags| match flags {
                Value::Mapping(by_validator) => by_validator
                    .values()
                    .next()
                    .map(words)
                    .unwrap_or_default()
                    .join(" "),
                other => words(other).join(" "),
            })
    };
    Ok(GroupFlags {
        output: find(["output_validator_flags", "output_validator_args"]),
        input: find(["input_validator_flags", "input_validator_args"]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> ProblemYaml {
        problem_yaml(text, "problem.yaml").unwrap()
    }

    fn refusal(text: &str) -> String {
        problem_yaml(text, "problem.yaml").unwrap_err().to_string()
    }

    #[test]
    fn block_and_flow_style_read_the_same() {
        let block = read(
            "name: 'Sum of a List'  # comment\nlimits:\n    time_multiplier: 3\n    memory: 512\nvalidator_flags: float_tolerance 1e-6\nkeywords:\n  - easy\n",
        );
        let flow = read(
            "{name: \"Sum of a List\", limits: {memory: 512, time_multiplier: 3}, validator_flags: \"float_tolerance 1e-6\", keywords: [easy]}",
        );
        assert_eq!(block, flow);
        assert_eq!(block.name.as_deref(), Some("Sum of a List"));
        assert_eq!(block.memory_mib, Some(512.0));
        assert_eq!(block.time_multiplier, 3.0);
        assert_eq!(block.time_safety_margin, 2.0);
        assert_eq!(block.validator_flags, "float_tolerance 1e-6");
    }

    #[test]
    fn format_2023_07_reads_its_own_keys() {
        let yaml = read(
            "problem_format_version: 2023-07-draft\nname:\n  en: Guess\n  sv: Gissa\ntype: pass-fail\nlimits: {time_limit: 1.5, time_multipliers: {ac_to_time_limit: 3, time_limit_to_tle: 1.2}}\n",
        );
        assert_eq!(yaml.name.as_deref(), Some("Guess"));
        assert_eq!(yaml.time_limit, Some(1.5));
        assert_eq!(yaml.time_multiplier, 3.0);
        assert_eq!(yaml.time_safety_margin, 1.2);
        let defaults = read("problem_format_version: 2023-07\nname: X\n");
        assert_eq!(
            (defaults.time_multiplier, defaults.time_safety_margin),
            (2.0, 1.5)
        );
    }

    #[test]
    fn interactive_types_are_read_and_unsupported_ones_refused_by_name() {
        for yaml in [
            "validation: custom interactive",
            "type: interactive",
            "type: [pass-fail, interactive]",
        ] {
            assert!(read(yaml).interactive, "{yaml}");
        }
        assert!(!read("validation: custom").interactive);
        assert!(refusal("type:\n  - interactive\n  - multi-pass\n").contains("`multi-pass`"));
        assert!(refusal("type: scoring").contains("`scoring`"));
        assert!(refusal("validation: custom score").contains("`score`"));
        assert!(refusal("type: multi-pass").contains("`multi-pass`"));
        assert!(refusal("validation: custom multi-pass").contains("multi-pass problems"));
        assert!(
            refusal("validation: custom interactive multi-pass").contains("multi-pass problems")
        );
        assert!(read("validation: custom").custom_validation);
        assert!(!read("validation: default").custom_validation);
    }

    #[test]
    fn broken_yaml_names_file_and_line() {
        let err = problem_yaml("name: x\nlimits: {memory: 1\n", "pkg/problem.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("pkg/problem.yaml:"), "{err}");
        assert!(err.contains("not valid YAML"), "{err}");
    }

    #[test]
    fn group_flags_come_as_a_string_or_a_list() {
        let flags = |t| group_flags(t, "testdata.yaml").unwrap().output;
        assert_eq!(
            flags("output_validator_flags: float_tolerance 1e-4").as_deref(),
            Some("float_tolerance 1e-4")
        );
        assert_eq!(
            flags("output_validator_args: [case_sensitive, float_tolerance, 1e-4]").as_deref(),
            Some("case_sensitive float_tolerance 0.0001")
        );
        assert_eq!(flags("grading: default"), None);
        assert_eq!(flags(""), None);
        let input = |t| group_flags(t, "testdata.yaml").unwrap().input;
        assert_eq!(
            input("input_validator_flags: --max 10").as_deref(),
            Some("--max 10")
        );
        assert_eq!(
            input("input_validator_args: {validate: [--max, 10]}").as_deref(),
            Some("--max 10")
        );
        assert_eq!(input("output_validator_flags: x"), None);
    }
}
