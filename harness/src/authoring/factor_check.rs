//! The factor checks of `judge pack validate`: each reference's user fuel on
//! its heaviest test (where the limit binds) as a ratio to the C
//! reference's, against its language's factor in this pack. A
//! same-algorithm reference above its factor means a solution of the C reference's algorithm could be `TLE` in
//! that language where it passes in C; an override the references do not
//! justify only lengthens `TLE` runs. The rule is in docs/authoring.md §6.

use crate::fuel_limits::{self, quarter_above};
use crate::language::Language;
use crate::pack::Pack;

use super::validate::{Check, CheckKind};

/// An override may exceed what the references need by this much (then
/// rounded up to a quarter): room for a solution a little slower than the
/// reference, without making the language's limit open-ended.
pub const OVERRIDE_HEADROOM: f64 = 1.5;

/// One check per non-C reference, given every accepted reference's user
/// fuel on its heaviest test. Nothing without an accepted
/// C reference: there is no unit to compare with (and a failed C reference
/// already fails its own check).
pub fn factor_checks(pack: &Pack, heaviest: &[(Language, u64)]) -> Vec<Check> {
    let Some(&(_, c)) = heaviest.iter().find(|(l, _)| *l == Language::C) else {
        return Vec::new();
    };
    heaviest
        .iter()
        .filter(|(l, _)| *l != Language::C && l.is_source())
        .map(|&(lang, total)| check(pack, lang, total as f64 / c.max(1) as f64))
        .collect()
}

fn check(pack: &Pack, lang: Language, ratio: f64) -> Check {
    let factor = pack.factors.factor(lang);
    let global = fuel_limits::factor(lang);
    let stated = pack.factors.overrides.get(&lang).copied();
    let whose = if stated.is_some() {
        "this pack's override"
    } else {
        "the global factor"
    };
    let spends = format!(
        "the {lang} reference spends {ratio:.2}x the C reference's user fuel on its heaviest test"
    );
    let (passed, summary) = if pack.factors.different_algorithm.contains(&lang) {
        (
            true,
            format!("{spends}; left out (different_algorithm): the {lang} factor stays {factor}"),
        )
    } else if ratio > factor {
        (
            false,
            format!(
                "{spends}, above {whose} {factor}: a {lang} solution of the C reference's algorithm could be TLE where C passes; under [limits] set `factors = {{ {lang} = {} }}` if {lang}'s idiomatic structure costs more here, or list {lang} in `different_algorithm` if its reference's algorithm differs from C's",
                quarter_above(ratio)
            ),
        )
    } else if stated.is_some_and(|o| o > global) && ratio <= global {
        (
            false,
            format!(
                "{spends}, within the global factor {global}: the override {factor} is not needed; remove it"
            ),
        )
    } else if stated.is_some_and(|o| o > quarter_above(ratio * OVERRIDE_HEADROOM)) {
        (
            false,
            format!(
                "{spends}: the override {factor} is more than {OVERRIDE_HEADROOM}x that, which only lengthens TLE runs; set it to at most {}",
                quarter_above(ratio * OVERRIDE_HEADROOM)
            ),
        )
    } else {
        (true, format!("{spends}, within {whose} {factor}"))
    };
    Check {
        kind: CheckKind::Factor,
        subject: format!("{lang} factor"),
        passed,
        summary,
        max_fuel_share: None,
        max_user_fuel: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::PackFiles;

    /// The bundled min-stack pack with `limits` in place of its own factor
    /// settings (`factors = { go = 30 }`, `different_algorithm = ["go"]`).
    fn pack(limits: &str) -> Pack {
        let files = PackFiles::bundled_folder("min-stack").expect("bundled min-stack");
        let mut pack = Pack::load(&files).unwrap_or_else(|e| panic!("{e}"));
        pack.factors = Default::default();
        if let Some(value) = limits.strip_prefix("factors = { go = ") {
            let factor = value.trim_end_matches(" }").parse().unwrap();
            pack.factors.overrides.insert(Language::Go, factor);
        } else if !limits.is_empty() {
            pack.factors.different_algorithm.insert(Language::Go);
        }
        pack
    }

    fn run(limits: &str, go_ratio: f64) -> Check {
        let go = (go_ratio * 1_000.0) as u64;
        let mut checks = factor_checks(&pack(limits), &[(Language::C, 1_000), (Language::Go, go)]);
        assert_eq!(checks.len(), 1);
        checks.remove(0)
    }

    #[test]
    fn a_ratio_within_the_factor_passes_and_above_it_fails_with_the_fix() {
        let global = fuel_limits::factor(Language::Go);
        assert!(run("", global).passed);
        let above = run("", global + 1.0);
        assert!(!above.passed);
        assert!(
            above.summary.contains("factors = { go = "),
            "{}",
            above.summary
        );
        let justified = format!("factors = {{ go = {} }}", global + 1.25);
        assert!(run(&justified, global + 1.0).passed);
        assert!(run("different_algorithm = [\"go\"]", global * 4.0).passed);
    }

    #[test]
    fn an_override_must_be_justified_by_the_references() {
        let global = fuel_limits::factor(Language::Go);
        let unneeded = run("factors = { go = 30 }", global / 2.0);
        assert!(!unneeded.passed && unneeded.summary.contains("not needed"));
        let generous = run("factors = { go = 32 }", global + 1.0);
        assert!(!generous.passed, "{}", generous.summary);
        assert!(generous.summary.contains("at most"), "{}", generous.summary);
    }

    #[test]
    fn without_a_c_reference_nothing_is_compared() {
        assert!(factor_checks(&pack(""), &[(Language::Go, 5)]).is_empty());
    }
}
