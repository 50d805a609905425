//! Turning a pack's one language-neutral time limit into fuel per language.
//!
//! A pack's `limits.fuel` counts instructions as the C reference compiles
//! them ("C-equivalent fuel"), and applies to the user's own code only: the
//! fuel spent inside the user's functions and methods, between the driver's
//! call marks (docs/protocol.md). Each language's compiled code spends a
//! different amount of fuel for the same work, so the limit is multiplied by
//! that language's factor below, or by the pack's own ([`PackFactors`]). The whole run (driver included) is held to
//! a generous safety cap so that a driver or a program outside its calls
//! cannot run forever.

use std::collections::{BTreeMap, BTreeSet};

use crate::language::Language;

/// Fuel per unit of C fuel for the same algorithm with the same idiomatic
/// data structures. Each bundled pack's references are judged, and each
/// one's user fuel on its heaviest test (where the limit binds) is compared
/// with the C reference's. A language's ratio counts unless the pack lists
/// it as `different_algorithm` (`x` below: C sorts where it hashes, or
/// indexes an array where it uses a map). The factor is the median of the
/// counted ratios, rounded up to a quarter ([`global_factor`]); a pack whose
/// ratio is above it states its own factor (`*` below, `[limits] factors` in
/// its `problem.toml`), which `judge pack validate` checks against its
/// references.
///
/// Measured by `cargo run -p harness --example fuel -- --factors`
/// (2026-12-02, clang 19, rustc wasm32-wasip1, Go 1.27; a debug build counts
/// the same fuel as `--release`):
///
/// | pack (C: heaviest test)                        |      C |  C++   |  Rust  |   Go   |
/// |------------------------------------------------|--------|--------|--------|--------|
/// | 3sum                                           |   323M |   1.13 |   1.17 |   1.98 |
/// | binary-heap                                    |  27.4M |   1.23 |  1.38* |   2.88 |
/// | daily-temperatures                             |  21.7M |   1.19 |  1.30* |   1.84 |
/// | design-hit-counter                             |  0.51M |  0.04x |  0.04x |  0.18x |
/// | find-median-from-data-stream                   |  78.4M |   1.05 |   0.82 | 10.42* |
/// | implement-queue-using-stacks                   | <0.01M |  2.37* |  1.53* | 15.75* |
/// | implement-trie                                 |  70.8M |  2.09* |  1.42* |  7.90* |
/// | insert-delete-getrandom                        |  38.7M |  2.25* |  3.53* | 10.39* |
/// | koko-eating-bananas                            |  49.1M |   1.12 |   1.00 |   3.08 |
/// | kth-largest-element-in-a-stream                |  12.2M |   0.91 |   0.62 |  6.46* |
/// | linked-list-cycle-ii                           |   3.6M |   1.00 |      - |   2.14 |
/// | longest-substring-without-repeating-characters |   4.7M |   0.85 |   0.94 |  3.67* |
/// | lru-cache                                      |  15.5M |  5.66* |  7.31* | 27.75* |
/// | merge-k-sorted-lists                           |   8.8M |   0.92 |   1.02 |  1.23x |
/// | min-stack                                      |   1.5M |   0.93 |   0.91 |  6.39* |
/// | next-greater-element-i                         |  19.6M |  6.79x |  5.67x | 11.63x |
/// | pair-sums                                      |   780M |   0.08 |  0.14x |  0.34x |
/// | reverse-linked-list                            |  0.74M |   1.00 |   1.00 |   3.28 |
/// | search-in-rotated-sorted-array                 |  0.15M |   1.01 |  1.43* |   2.06 |
/// | sliding-window-maximum                         |  38.6M |  2.36* |  1.78* |   2.17 |
/// | subarray-sum-equals-k                          |   6.7M |  4.91* |  5.05* |  9.56* |
/// | top-k-frequent-elements                        |   112M |  0.57x |  1.12x |  3.92x |
/// | two-sum                                        |   105M |  0.13x |  0.11x |  0.20x |
/// | valid-parentheses                              |   6.1M |   0.66 |   0.69 |   1.11 |
///
/// The Go ratios of queue, trie and lru-cache were re-measured by
/// `judge pack validate` after the Go driver began finishing its start-up
/// GC cycle (Go's collector now runs inside the user's calls, as natively);
/// the other Go ratios are from before that change and stay within their
/// factors, which `harness/tests/packs.rs` checks.
///
/// Counted ratios: C++ 20 (median 1.05), Rust 18 (median 1.17), Go 18
/// (median 3.28). The costliest are the hash maps against the C references'
/// own tables (lru-cache: Go 26.1), Go's `container/heap`, and the fixed
/// cost per call where each call does little work (queue, min-stack). The
/// earlier rule, the largest ratio rounded up, would now give every pack
/// C++ 5.75, Rust 7.5 and Go 26.25: 52G fuel per `TLE` Go test.
pub const LANGUAGE_FACTORS: &[(Language, f64)] = &[
    (Language::C, 1.0),
    (Language::Cpp, 1.25),
    (Language::Rust, 1.25),
    (Language::Go, 3.5),
    (Language::Wasm, 1.0),
];

/// The global factor of `language`: fuel per unit of C fuel.
pub fn factor(language: Language) -> f64 {
    LANGUAGE_FACTORS
        .iter()
        .find(|(l, _)| *l == language)
        .map_or(1.0, |(_, f)| *f)
}

/// The fuel a pack's language-neutral limit allows user code whose
/// language has `factor`.
pub fn user_fuel_limit(pack_fuel: u64, factor: f64) -> u64 {
    (pack_fuel as f64 * factor) as u64
}

/// The smallest factor an override may set, and the largest: a factor of
/// 32 already lets a 2G-fuel pack run 64G of user fuel per test.
pub const OVERRIDE_RANGE: std::ops::RangeInclusive<f64> = 0.25..=32.0;

/// A pack's own say in its factors (`[limits] factors` and
/// `different_algorithm` in `problem.toml`, docs/authoring.md §6).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackFactors {
    /// Factors that replace [`LANGUAGE_FACTORS`] for this pack: where a
    /// language's idiomatic data structure costs inherently more than C's
    /// for this problem (a Go map against a C array indexed by key),
    /// justified by the pack's own references.
    pub overrides: BTreeMap<Language, f64>,
    /// Languages whose reference uses another algorithm than the C
    /// reference (C sorts, Go hashes): their ratio to C measures the
    /// algorithm, not the language, so it is left out of the factors.
    pub different_algorithm: BTreeSet<Language>,
}

impl PackFactors {
    /// The factor `language`'s user code gets in this pack.
    pub fn factor(&self, language: Language) -> f64 {
        self.overrides
            .get(&language)
            .copied()
            .unwrap_or_else(|| factor(language))
    }
}

/// Rounds a ratio up to the next quarter, the grain factors are set in.
pub fn quarter_above(ratio: f64) -> f64 {
    (ratio * 4.0).ceil() / 4.0
}

/// The rule for a global factor: the median of the packs' same-algorithm
/// ratios to C (the smallest ratio at least half of them reach or stay
/// under), rounded up to a quarter. A robust statistic, not the largest
/// ratio: a pack whose idiomatic structure is inherently costlier in a
/// language states its own override (checked against its references by
/// `judge pack validate`) instead of raising every pack's limit, and the
/// length of every `TLE` run, with it. `None` without ratios.
pub fn global_factor(ratios: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = ratios.iter().copied().filter(|r| r.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let rank = sorted.len().div_ceil(2).max(1);
    Some(quarter_above(sorted[rank - 1]))
}

/// What the whole run may spend when the user may spend `user_limit`: twice
/// that plus room for a driver's parsing and printing.
pub fn total_fuel_cap(user_limit: u64) -> u64 {
    const DRIVER_ALLOWANCE: u64 = 2_000_000_000;
    user_limit
        .saturating_mul(2)
        .saturating_add(DRIVER_ALLOWANCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_factor_and_the_cap_leaves_room() {
        for language in Language::ALL {
            assert!(LANGUAGE_FACTORS.iter().any(|(l, _)| *l == language));
            assert!(user_fuel_limit(1_000, factor(language)) >= 1_000);
            assert!(OVERRIDE_RANGE.contains(&factor(language)));
        }
        assert_eq!(factor(Language::C), 1.0);
        assert!(total_fuel_cap(10) > 2_000_000_000);
        assert_eq!(total_fuel_cap(u64::MAX), u64::MAX);
    }

    #[test]
    fn a_pack_override_replaces_only_its_language() {
        let mut pack = PackFactors::default();
        pack.overrides.insert(Language::Go, 20.0);
        assert_eq!(pack.factor(Language::Go), 20.0);
        assert_eq!(pack.factor(Language::Rust), factor(Language::Rust));
        assert_eq!(
            user_fuel_limit(2_000_000_000, pack.factor(Language::Go)),
            40_000_000_000
        );
    }

    #[test]
    fn the_global_factor_is_the_median_rounded_up_to_a_quarter() {
        assert_eq!(global_factor(&[]), None);
        assert_eq!(global_factor(&[1.1]), Some(1.25));
        // Eight ratios: the fourth smallest, whatever the order or outlier.
        let ratios = [1.0, 20.0, 1.2, 2.9, 1.6, 2.1, 1.4, 1.8];
        assert_eq!(global_factor(&ratios), Some(1.75));
        let mut outlier = ratios;
        outlier[1] = 200.0;
        assert_eq!(global_factor(&outlier), Some(1.75));
        assert_eq!(global_factor(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(global_factor(&[f64::NAN, 2.0]), Some(2.0));
        assert_eq!(quarter_above(2.0), 2.0);
        assert_eq!(quarter_above(2.01), 2.25);
    }

    proptest::proptest! {
        /// Whatever the ratios: the factor is a quarter, covers at least
        /// half of them, and is no more than the largest rounded up.
        #[test]
        fn the_global_factor_covers_half_the_ratios(ratios in proptest::collection::vec(0.01f64..100.0, 1..40)) {
            let factor = global_factor(&ratios).unwrap();
            proptest::prop_assert_eq!(factor * 4.0, (factor * 4.0).round());
            let covered = ratios.iter().filter(|r| **r <= factor).count();
            proptest::prop_assert!(covered * 2 >= ratios.len());
            let largest = ratios.iter().copied().fold(0.0, f64::max);
            proptest::prop_assert!(factor <= quarter_above(largest));
        }
    }
}
