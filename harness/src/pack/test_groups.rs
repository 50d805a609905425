//! `[[test_group]]` in `problem.toml`: validator flags that differ between
//! groups of tests, as a Kattis package's `testdata.yaml` / `test_group.yaml`
//! set them per folder. A group is the tests whose names start with its
//! `prefix` (the longest matching prefix wins); its `validator_flags`
//! replace the checker's (or the interactor's) for those tests and its
//! `input_validator_flags` the input validator's. Each group is built once,
//! at load, into the checker and programs its tests use.

use std::collections::BTreeSet;
use std::ops::Range;

use toml::Spanned;

use crate::checker::kattis::KattisFlags;
use crate::checker::program::{CheckerProgram, Interface};
use crate::checker::Checker;
use crate::pack_format::raw::RawTestGroup;

/// One group, with what its tests are judged by.
#[derive(Debug, Clone, PartialEq)]
pub struct TestGroup {
    pub prefix: String,
    /// The pack's checker with this group's `validator_flags`.
    pub checker: Option<Checker>,
    /// The pack's interactor with this group's `validator_flags`.
    pub interactor: Option<CheckerProgram>,
    /// The pack's input validator with this group's flags.
    pub input_validator: Option<CheckerProgram>,
}

/// What a group's flags apply to: the pack's own, loaded, programs.
pub(super) struct Judged<'a> {
    pub checker: &'a Checker,
    pub interactor: Option<&'a CheckerProgram>,
    pub input_validator: Option<&'a CheckerProgram>,
}

fn words(flags: &str) -> Vec<String> {
    flags.split_whitespace().map(str::to_string).collect()
}

/// `program` with `flags` as its arguments.
fn with_flags(program: &CheckerProgram, flags: &str) -> CheckerProgram {
    CheckerProgram {
        flags: words(flags),
        ..program.clone()
    }
}

/// The groups, longest prefix first; `names` are the pack's test names
/// (`None` in a summary load, where tests are not read), each group must
/// name some of them.
pub(super) fn test_groups(
    raw: &[Spanned<RawTestGroup>],
    judged: &Judged<'_>,
    names: Option<&BTreeSet<String>>,
    err: &mut dyn FnMut(Range<usize>, String),
) -> Vec<TestGroup> {
    let mut seen = BTreeSet::new();
    let mut groups = Vec::new();
    for spanned in raw {
        let group = spanned.get_ref();
        let prefix = group.prefix.get_ref().clone();
        let span = group.prefix.span();
        if prefix.is_empty() {
            err(
                span,
                "test_group.prefix is empty: it would be every test".into(),
            );
            continue;
        }
        if !seen.insert(prefix.clone()) {
            err(span, format!("test_group.prefix `{prefix}` is given twice"));
            continue;
        }
        if names.is_some_and(|names| !names.iter().any(|n| n.starts_with(&prefix))) {
            err(span, format!("test_group.prefix `{prefix}` names no test"));
        }
        if group.validator_flags.is_none() && group.input_validator_flags.is_none() {
            err(
                spanned.span(),
                format!(
                    "test_group `{prefix}` sets neither validator_flags nor input_validator_flags"
                ),
            );
        }
        let mut built = TestGroup {
            prefix,
            checker: None,
            interactor: None,
            input_validator: None,
        };
        if let Some(flags) = &group.validator_flags {
            let text = flags.get_ref().as_str();
            match (judged.checker, judged.interactor) {
                (_, Some(interactor)) => built.interactor = Some(with_flags(interactor, text)),
                (Checker::Kattis(_), None) => match KattisFlags::parse(text) {
                    Ok(parsed) => built.checker = Some(Checker::Kattis(parsed)),
                    Err(message) => err(flags.span(), format!("test_group.validator_flags: {message}")),
                },
                (Checker::Program(program), None) if program.interface == Interface::Kattis => {
                    built.checker = Some(Checker::Program(Box::new(with_flags(program, text))))
                }
                _ => err(
                    flags.span(),
                    "test_group.validator_flags needs checker kind `kattis`, a checker program with the kattis interface, or an [interactor]".into(),
                ),
            }
        }
        if let Some(flags) = &group.input_validator_flags {
            match judged.input_validator {
                Some(validator) => {
                    built.input_validator = Some(with_flags(validator, flags.get_ref()))
                }
                None => err(
                    flags.span(),
                    "test_group.input_validator_flags needs an [input_validator]".into(),
                ),
            }
        }
        groups.push(built);
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.prefix.len()));
    groups
}

/// The group `test` belongs to: the longest prefix it starts with.
pub fn group_of<'g>(groups: &'g [TestGroup], test: &str) -> Option<&'g TestGroup> {
    groups.iter().find(|g| test.starts_with(&g.prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn raw(text: &str) -> Vec<Spanned<RawTestGroup>> {
        #[derive(serde::Deserialize)]
        struct Doc {
            test_group: Vec<Spanned<RawTestGroup>>,
        }
        toml::from_str::<Doc>(text).unwrap().test_group
    }

    fn validator() -> CheckerProgram {
        CheckerProgram {
            path: "input_validator/validate.c".into(),
            language: Language::C,
            bytes: b"int main(void) { return 42; }".to_vec(),
            headers: vec![],
            interface: Interface::Kattis,
            flags: vec!["--max".into(), "10".into()],
            fuel: 1,
            memory_mib: 1,
        }
    }

    fn build(text: &str, checker: &Checker) -> (Vec<TestGroup>, Vec<String>) {
        let names: BTreeSet<String> = ["sample-1", "secret-a-1", "secret-a-b-1", "secret-b-1"]
            .map(str::to_string)
            .into();
        let validator = validator();
        let judged = Judged {
            checker,
            interactor: None,
            input_validator: Some(&validator),
        };
        let mut errors = Vec::new();
        let groups = test_groups(&raw(text), &judged, Some(&names), &mut |_, m| {
            errors.push(m)
        });
        (groups, errors)
    }

    #[test]
    fn the_longest_prefix_decides() {
        let kattis = Checker::Kattis(KattisFlags::parse("").unwrap());
        let (groups, errors) = build(
            "[[test_group]]\nprefix = \"secret-a-\"\nvalidator_flags = \"case_sensitive\"\n\
             [[test_group]]\nprefix = \"secret-a-b-\"\nvalidator_flags = \"float_tolerance 1e-3\"\ninput_validator_flags = \"--max 5\"\n",
            &kattis,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let checker = |test| group_of(&groups, test).and_then(|g| g.checker.clone());
        assert_eq!(
            checker("secret-a-1"),
            Some(Checker::Kattis(
                KattisFlags::parse("case_sensitive").unwrap()
            ))
        );
        assert_eq!(
            checker("secret-a-b-1"),
            Some(Checker::Kattis(
                KattisFlags::parse("float_tolerance 1e-3").unwrap()
            ))
        );
        assert_eq!(checker("secret-b-1"), None);
        let input = group_of(&groups, "secret-a-b-1").and_then(|g| g.input_validator.clone());
        assert_eq!(
            input.map(|v| v.flags),
            Some(vec!["--max".into(), "5".into()])
        );
        assert_eq!(
            group_of(&groups, "secret-a-1").unwrap().input_validator,
            None
        );
    }

    #[test]
    fn malformed_groups_are_named() {
        let kattis = Checker::Kattis(KattisFlags::parse("").unwrap());
        for (text, needle) in [
            (
                "prefix = \"\"\nvalidator_flags = \"case_sensitive\"",
                "is empty",
            ),
            (
                "prefix = \"nothing-\"\nvalidator_flags = \"case_sensitive\"",
                "names no test",
            ),
            ("prefix = \"secret-\"", "sets neither"),
            (
                "prefix = \"secret-\"\nvalidator_flags = \"float_tolerance\"",
                "validator_flags",
            ),
        ] {
            let (_, errors) = build(&format!("[[test_group]]\n{text}\n"), &kattis);
            assert!(
                errors.iter().any(|e| e.contains(needle)),
                "{text}: {errors:?}"
            );
        }
        let (_, errors) = build(
            "[[test_group]]\nprefix = \"secret-\"\nvalidator_flags = \"x\"\n[[test_group]]\nprefix = \"secret-\"\nvalidator_flags = \"y\"\n",
            &Checker::Program(Box::new(validator())),
        );
        assert!(
            errors.iter().any(|e| e.contains("given twice")),
            "{errors:?}"
        );
        let (_, errors) = build(
            "[[test_group]]\nprefix = \"secret-\"\nvalidator_flags = \"case_sensitive\"\n",
            &Checker::Exact,
        );
        assert!(
            errors.iter().any(|e| e.contains("needs checker kind")),
            "{errors:?}"
        );
    }
}
