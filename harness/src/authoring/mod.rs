//! Tools for problem authors, behind `judge pack`: scaffolding a new pack
//! that is valid as generated ([`scaffold`]), proving a pack sound before it
//! ships ([`validate`]), and importing Kattis problem packages ([`kattis`]).
//! Like the rest of the harness it never prints: it returns structured
//! results (and emits progress callbacks) that the CLI renders.

pub mod factor_check;
pub mod kattis;
pub mod scaffold;
pub mod validate;
