//! Turning a pack's one language-neutral time limit into fuel per language.
//!
//! A pack's `limits.fuel` counts instructions as the C reference compiles
//! them ("C-equivalent fuel"), and applies to the user's own code only: the
//! fuel spent inside the user's functions and methods, between the driver's
//! call marks (docs/protocol.md). Each language's compiled code spends a
//! different amount of fuel for the same work, so the limit is multiplied by
//! that language's factor below. The whole run (driver included) is held to
//! a generous safety cap so that a driver or a program outside its calls
//! cannot run forever.

use crate::language::Language;

/// Fuel per unit of C fuel for the same algorithm, from the bundled packs'
/// references, user fuel only (the largest ratio over the packs, rounded up
/// to a quarter), as printed by
/// `cargo run --release -p harness --example fuel -- --factors`
/// (2026-12-02, clang 19, rustc wasm32-wasip1, Go 1.27; user fuel summed
/// over each pack's tests, ratio to C; measured after the call marks stopped
/// charging their own write to the user, which lowered every language's
/// per-call fuel and so raised the ratios of call-heavy packs):
///
/// | pack                            |    C |  C++ | Rust |   Go |
/// |---------------------------------|------|------|------|------|
/// | binary-heap                     | 128M | 1.18 | 1.18 | 1.73 |
/// | daily-temperatures              |  48M | 1.18 | 1.28 | 1.76 |
/// | implement-queue-using-stacks    |  <1M | 1.30 | 1.02 | 2.29 |
/// | implement-trie                  | 222M | 1.84 | 1.31 | 5.62 |
/// | insert-delete-getrandom         | 163M | 1.59 | 2.34 | 5.51 |
/// | koko-eating-bananas             |  95M | 1.12 | 1.00 | 3.06 |
/// | kth-largest-element-in-a-stream |  39M | 0.94 | 0.74 | 4.89 |
/// | linked-list-cycle-ii            |   5M | 1.00 |    - | 2.12 |
/// | lru-cache                       | 309M | 1.98 | 2.63 | 5.65 |
/// | merge-k-sorted-lists            |  21M | 1.23 | 1.47 | 1.46 |
/// | min-stack                       |  37M | 0.87 | 0.85 | 1.04 |
/// | reverse-linked-list             |   1M | 1.03 | 1.01 | 2.96 |
/// | valid-parentheses               |  14M | 0.69 | 0.57 | 1.14 |
///
/// Go's allocation-heavy references (a trie's nodes, a map-backed cache)
/// cost the most; its largest ratio is the factor so that no Go solution of
/// the right complexity is `TLE` where the C one passes.
pub const LANGUAGE_FACTORS: &[(Language, f64)] = &[
    (Language::C, 1.0),
    (Language::Cpp, 2.0),
    (Language::Rust, 2.75),
    (Language::Go, 5.75),
    (Language::Wasm, 1.0),
];

/// The fuel a pack's language-neutral limit allows `language`'s user code.
pub fn user_fuel_limit(pack_fuel: u64, language: Language) -> u64 {
    let factor = LANGUAGE_FACTORS
        .iter()
        .find(|(l, _)| *l == language)
        .map_or(1.0, |(_, f)| *f);
    (pack_fuel as f64 * factor) as u64
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
            assert!(user_fuel_limit(1_000, language) >= 1_000);
        }
        assert!(total_fuel_cap(10) > 2_000_000_000);
        assert_eq!(total_fuel_cap(u64::MAX), u64::MAX);
    }
}
