//! A Kattis package's validator flags, which every test folder may set for
//! itself (`testdata.yaml`, `test_group.yaml`), as a pack's flags plus
//! `[[test_group]]` entries (docs/pack-format.md): the most common flags
//! become the pack's, and a group is written for each folder whose tests
//! are judged otherwise. Groups match test names by prefix, and a folder's
//! prefix may also start another folder's names (`a/` and `a-b/` both give
//! `secret-a-…`), so every test is checked and any still wrong gets a group
//! of its own name.

use std::collections::BTreeMap;

use super::testdata::KattisTest;

/// The flags one test is judged with: output validator's, input validator's.
type Flags = (String, String);

/// One `[[test_group]]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub prefix: String,
    pub output: String,
    /// Only when the pack has an input validator.
    pub input: Option<String>,
}

/// The pack's flags and its groups.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagPlan {
    pub output: String,
    pub input: String,
    pub groups: Vec<Group>,
}

fn normal(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The flags Kattis passes for `test`: `problem.yaml`'s `validator_flags`
/// followed by its folder's output validator flags; its folder's input
/// validator flags.
fn effective(problem: &str, test: &KattisTest) -> Flags {
    let output = format!(
        "{problem} {}",
        test.group_flags.output.as_deref().unwrap_or("")
    );
    (
        normal(&output),
        normal(test.group_flags.input.as_deref().unwrap_or("")),
    )
}

/// The most common of `values` (the first such in name order on ties).
fn most_common(values: impl Iterator<Item = String>) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max().unwrap_or(0);
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(v, _)| v)
        .unwrap_or_default()
}

impl FlagPlan {
    /// What the pack judges test `name` with, as the loader resolves it:
    /// the longest matching group's flags, else the pack's.
    fn resolve(&self, name: &str) -> Flags {
        match self
            .groups
            .iter()
            .filter(|g| name.starts_with(&g.prefix))
            .max_by_key(|g| g.prefix.len())
        {
            Some(g) => (
                g.output.clone(),
                g.input.clone().unwrap_or_else(|| self.input.clone()),
            ),
            None => (self.output.clone(), self.input.clone()),
        }
    }

    /// Whether `test` is judged as Kattis judges it (input flags only
    /// count with an input validator).
    fn right(&self, test: &KattisTest, want: &Flags, with_input: bool) -> bool {
        let got = self.resolve(&test.name);
        got.0 == want.0 && (!with_input || got.1 == want.1)
    }

    fn add(&mut self, prefix: &str, want: &Flags, with_input: bool) {
        self.groups.push(Group {
            prefix: prefix.to_string(),
            output: want.0.clone(),
            input: with_input.then(|| want.1.clone()),
        });
    }

    /// `[[test_group]]` entries, one per group.
    pub fn toml(&self) -> String {
        let string = |s: &str| toml::Value::String(s.to_string()).to_string();
        let mut out = String::new();
        for g in &self.groups {
            out.push_str(&format!(
                "\n[[test_group]]\nprefix = {}\nvalidator_flags = {}\n",
                string(&g.prefix),
                string(&g.output)
            ));
            if let Some(input) = &g.input {
                out.push_str(&format!("input_validator_flags = {}\n", string(input)));
            }
        }
        out
    }

    /// Every distinct output validator flag set in the plan.
    pub fn output_flags(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.output.as_str()).chain(self.groups.iter().map(|g| g.output.as_str()))
    }
}

/// The plan for `tests` given `problem.yaml`'s `validator_flags`;
/// `with_input` when the pack gets an input validator.
pub fn plan(problem: &str, tests: &[KattisTest], with_input: bool) -> FlagPlan {
    let wanted: Vec<Flags> = tests.iter().map(|t| effective(problem, t)).collect();
    let mut plan = FlagPlan {
        output: most_common(wanted.iter().map(|w| w.0.clone())),
        input: most_common(wanted.iter().map(|w| w.1.clone())),
        groups: Vec::new(),
    };
    // Folders, shortest prefix first, so a nested folder's group comes
    // after (and overrides) its parent's.
    let mut folders: Vec<usize> = Vec::new();
    for (i, test) in tests.iter().enumerate() {
        if !folders
            .iter()
            .any(|&f| tests[f].name_prefix == test.name_prefix)
        {
            folders.push(i);
        }
    }
    folders.sort_by_key(|&i| tests[i].name_prefix.len());
    for first in folders {
        let folder = &tests[first].name_prefix;
        let wrong = tests
            .iter()
            .zip(&wanted)
            .any(|(t, w)| &t.name_prefix == folder && !plan.right(t, w, with_input));
        if wrong {
            plan.add(folder, &wanted[first], with_input);
        }
    }
    // A test another folder's prefix captured gets a group of its own
    // name: the longest prefix it can have, so it always wins. Each round
    // fixes at least one test, so this ends.
    loop {
        let wrong: Vec<usize> = (0..tests.len())
            .filter(|&i| !plan.right(&tests[i], &wanted[i], with_input))
            .collect();
        if wrong.is_empty() {
            break;
        }
        for i in wrong {
            if !plan.right(&tests[i], &wanted[i], with_input) {
                plan.add(&tests[i].name, &wanted[i], with_input);
            }
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::kattis::metadata::GroupFlags;

    fn test(name: &str, prefix: &str, output: Option<&str>, input: Option<&str>) -> KattisTest {
        KattisTest {
            name: name.into(),
            input: vec![],
            answer: vec![],
            group_flags: GroupFlags {
                output: output.map(str::to_string),
                input: input.map(str::to_string),
            },
            group: format!("data/{prefix}"),
            name_prefix: prefix.into(),
        }
    }

    #[test]
    fn every_test_keeps_its_folders_flags() {
        let tests = [
            test("sample-1", "sample-", None, None),
            test("secret-1", "secret-", None, None),
            test("secret-2", "secret-", None, None),
            test(
                "secret-a-1",
                "secret-a-",
                Some("case_sensitive"),
                Some("--max 5"),
            ),
            // A folder `a-b` beside `a`: its names start with `secret-a-` too.
            test("secret-a-b-1", "secret-a-b-", None, None),
            // A file `a-x.in` in `secret/`: captured by `secret-a-`.
            test("secret-a-x", "secret-", None, None),
        ];
        let plan = plan("float_tolerance 1e-6", &tests, true);
        assert_eq!(plan.output, "float_tolerance 1e-6");
        assert_eq!(plan.input, "");
        for t in &tests {
            let want = effective("float_tolerance 1e-6", t);
            assert_eq!(plan.resolve(&t.name), want, "{}: {plan:#?}", t.name);
        }
        let prefixes: Vec<&str> = plan.groups.iter().map(|g| g.prefix.as_str()).collect();
        assert_eq!(prefixes, ["secret-a-", "secret-a-b-", "secret-a-x"]);
        assert_eq!(plan.groups[0].output, "float_tolerance 1e-6 case_sensitive");
        assert_eq!(plan.groups[0].input.as_deref(), Some("--max 5"));
        let toml = plan.toml();
        assert!(toml.contains("[[test_group]]\nprefix = \"secret-a-\"\nvalidator_flags = \"float_tolerance 1e-6 case_sensitive\"\ninput_validator_flags = \"--max 5\"\n"), "{toml}");
    }

    #[test]
    fn one_set_of_flags_needs_no_group() {
        let tests = [
            test("sample-1", "sample-", Some("case_sensitive"), None),
            test("secret-1", "secret-", Some("case_sensitive"), None),
        ];
        let plan = plan("", &tests, false);
        assert_eq!(plan.output, "case_sensitive");
        assert!(plan.groups.is_empty());
        assert_eq!(plan.toml(), "");
    }
}
