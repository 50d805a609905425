//! The interactive kind's own rules in `problem.toml`: an `[interactor]`
//! section naming the program (C, C++, Rust or Go) the solution talks to,
//! with its own limits; no `[checker]` (the interactor decides), no
//! `[signature]`, no generated tests or complexity series; and
//! `[interactor]` nowhere else.

use std::ops::Range;

use crate::checker::program::{self, CheckerProgram, Interface};
use crate::language::Language;
use crate::pack_format::raw::RawProblem;
use crate::pack_format::Kind;

/// The interactor of an interactive problem (not yet read from the pack),
/// reporting every broken rule through `err`.
pub(super) fn interactor_from_raw(
    raw: &RawProblem,
    kind: Kind,
    err: &mut dyn FnMut(Option<Range<usize>>, String),
) -> Option<CheckerProgram> {
    if kind != Kind::Interactive {
        if let Some(section) = &raw.interactor {
            err(
                Some(section.span()),
                "[interactor] is only for kind = \"interactive\"".into(),
            );
        }
        return None;
    }
    if let Some(checker) = &raw.checker {
        err(
            Some(checker.kind.span()),
            "an interactive problem has no [checker]: its interactor decides each test".into(),
        );
    }
    if let Some(first) = raw.generated.first() {
        err(
            Some(first.span()),
            "an interactive problem has no [[generated]] tests (write tests/<name>.in)".into(),
        );
    }
    if let Some(section) = &raw.complexity {
        err(
            Some(section.span()),
            "an interactive problem has no [complexity]".into(),
        );
    }
    let Some(section) = &raw.interactor else {
        err(
            None,
            "an interactive problem needs [interactor] with program = \"interactor/interact.cpp\""
                .into(),
        );
        return None;
    };
    let section_raw = section.get_ref();
    let path = section_raw
        .program
        .get_ref()
        .trim_start_matches("./")
        .to_string();
    let Some(language) =
        Language::from_path(std::path::Path::new(&path)).filter(|l| *l != Language::Wasm)
    else {
        err(
            Some(section_raw.program.span()),
            format!("[interactor]: program `{path}` is not a .go, .rs, .c or .cpp file"),
        );
        return None;
    };
    let (fuel, memory_mib) =
        match program::limits_from_raw(&section_raw.fuel, &section_raw.memory_mib, "interactor") {
            Ok(limits) => limits,
            Err(message) => {
                err(Some(section.span()), format!("[interactor]: {message}"));
                return None;
            }
        };
    Some(CheckerProgram {
        path,
        language,
        bytes: Vec::new(),
        headers: Vec::new(),
        interface: Interface::Kattis,
        flags: section_raw
            .flags
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        fuel,
        memory_mib,
    })
}
