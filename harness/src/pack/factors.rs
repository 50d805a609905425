//! `[limits] factors` and `different_algorithm` in `problem.toml`: a pack's
//! per-language factor overrides and the references left out of the factor
//! measurement, checked into a [`PackFactors`]. Every problem names its
//! line; `judge pack validate` later checks the overrides against the
//! pack's own references (docs/authoring.md §6).

use std::ops::Range;

use crate::fuel_limits::{PackFactors, OVERRIDE_RANGE};
use crate::language::Language;
use crate::pack_format::raw::RawLimits;

/// The languages a pack may name here: C is the unit (its factor is 1 by
/// definition) and `wasm` has no reference.
fn compared_language(name: &str) -> Result<Language, String> {
    match Language::parse(name) {
        Some(Language::C) => Err(format!(
            "`{name}`: C is the unit the limit is written in; its factor is always 1"
        )),
        Some(lang) if lang.is_source() => Ok(lang),
        _ => Err(format!("unknown language `{name}` (go, rust, cpp)")),
    }
}

/// Whether the pack offers `lang`; an error at `span` if not.
fn offered(
    languages: &[Language],
    lang: Language,
    span: Range<usize>,
    err: &mut dyn FnMut(Range<usize>, String),
) -> bool {
    let ok = languages.contains(&lang);
    if !ok {
        err(span, format!("the pack does not offer {lang}"));
    }
    ok
}

/// Reads the pack's factor settings, reporting each problem through `err`.
pub(super) fn pack_factors(
    raw: &RawLimits,
    languages: &[Language],
    err: &mut dyn FnMut(Range<usize>, String),
) -> PackFactors {
    let mut out = PackFactors::default();
    if let Some(table) = &raw.factors {
        for (name, value) in table.get_ref() {
            let span = value.span();
            let factor = *value.get_ref();
            match compared_language(name) {
                Err(message) => err(span, format!("limits.factors: {message}")),
                Ok(_) if !OVERRIDE_RANGE.contains(&factor) => err(
                    span,
                    format!(
                        "limits.factors.{name} = {factor} is outside {}..={}",
                        OVERRIDE_RANGE.start(),
                        OVERRIDE_RANGE.end()
                    ),
                ),
                Ok(lang) if out.overrides.contains_key(&lang) => {
                    err(span, format!("limits.factors names {lang} twice"))
                }
                Ok(lang) => {
                    if offered(languages, lang, span, err) {
                        out.overrides.insert(lang, factor);
                    }
                }
            }
        }
    }
    if let Some(list) = &raw.different_algorithm {
        for name in list.get_ref() {
            let span = name.span();
            match compared_language(name.get_ref()) {
                Err(message) => err(span, format!("limits.different_algorithm: {message}")),
                Ok(lang) if out.overrides.contains_key(&lang) => err(
                    span,
                    format!(
                        "limits.different_algorithm: {lang} has an override in limits.factors; an override is justified by a reference with the C reference's algorithm"
                    ),
                ),
                Ok(lang) if !out.different_algorithm.insert(lang) => err(
                    span,
                    format!("limits.different_algorithm names {lang} twice"),
                ),
                Ok(lang) => {
                    offered(languages, lang, span, err);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(limits: &str) -> (PackFactors, Vec<String>) {
        let raw: RawLimits = toml::from_str(&format!(
            "fuel = 1\nmemory_mib = 1\noutput_kib = 1\n{limits}"
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        let mut errors = Vec::new();
        let factors = pack_factors(&raw, &Language::SOURCE, &mut |_, m| errors.push(m));
        (factors, errors)
    }

    #[test]
    fn overrides_and_exclusions_are_read() {
        let (factors, errors) =
            read("factors = { go = 20, cpp = 7.5 }\ndifferent_algorithm = [\"rust\"]");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(factors.factor(Language::Go), 20.0);
        assert_eq!(factors.factor(Language::Cpp), 7.5);
        assert!(factors.different_algorithm.contains(&Language::Rust));
        assert_eq!(read("").0, PackFactors::default());
    }

    #[test]
    fn bad_settings_are_errors_naming_the_key() {
        for (limits, expected) in [
            ("factors = { c = 2 }", "its factor is always 1"),
            ("factors = { wasm = 2 }", "unknown language `wasm`"),
            ("factors = { cobol = 2 }", "unknown language `cobol`"),
            ("factors = { go = 0 }", "limits.factors.go = 0 is outside"),
            ("factors = { go = 1e9 }", "is outside"),
            ("factors = { go = nan }", "is outside"),
            ("factors = { go = 2, golang = 3 }", "names go twice"),
            ("different_algorithm = [\"go\", \"go\"]", "names go twice"),
            ("different_algorithm = [\"c\"]", "always 1"),
            (
                "factors = { go = 2 }\ndifferent_algorithm = [\"go\"]",
                "has an override",
            ),
        ] {
            let (_, errors) = read(limits);
            assert!(
                errors.iter().any(|e| e.contains(expected)),
                "{limits}: {errors:?}"
            );
        }
    }

    #[test]
    fn a_language_the_pack_does_not_offer_is_an_error() {
        let raw: RawLimits =
            toml::from_str("fuel = 1\nmemory_mib = 1\noutput_kib = 1\nfactors = { rust = 2 }")
                .unwrap();
        let mut errors = Vec::new();
        pack_factors(&raw, &[Language::Go, Language::C], &mut |_, m| {
            errors.push(m)
        });
        assert_eq!(errors, ["the pack does not offer rust"]);
    }

    #[test]
    fn the_wrong_type_is_a_toml_error() {
        let parsed: Result<RawLimits, _> =
            toml::from_str("fuel = 1\nmemory_mib = 1\noutput_kib = 1\nfactors = { go = \"x\" }");
        assert!(parsed.is_err());
    }
}
