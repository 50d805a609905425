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
/// `cargo run --release -p harness --example fuel -- --factors`.
/// NOT YET MEASURED: every factor is 1.0 (the behaviour before per-language
/// factors) until that command's numbers are recorded here.
pub const LANGUAGE_FACTORS: &[(Language, f64)] = &[
    (Language::C, 1.0),
    (Language::Cpp, 1.0),
    (Language::Rust, 1.0),
    (Language::Go, 1.0),
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
