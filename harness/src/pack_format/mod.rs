//! The bottom layer of the pack model: plain data that the modules reading a
//! pack share. The raw `problem.toml` structs ([`raw`]) and the problem
//! [`Kind`]. Depends on nothing else in the crate, so `checker`, `vectors`,
//! `generate` and `complexity` can build their parts of a pack from it while
//! the pack loader sits on top of them all.

pub(crate) mod raw;

/// How a problem is called: a class, a function, stdin/stdout, a class
/// called from several threads at once (`concurrent`), or stdin/stdout
/// talking to an interactor program (`interactive`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Class,
    Function,
    Stdio,
    Concurrent,
    Interactive,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Class => "class",
            Kind::Function => "function",
            Kind::Stdio => "stdio",
            Kind::Concurrent => "concurrent",
            Kind::Interactive => "interactive",
        }
    }

    /// Whether the program reads stdin and writes stdout (a stdio or an
    /// interactive problem) rather than being called.
    pub fn is_stdio(self) -> bool {
        matches!(self, Kind::Stdio | Kind::Interactive)
    }
}

#[cfg(test)]
mod tests {
    /// The modules that build parts of a pack, with their sources.
    const LOWER_LAYERS: &[(&str, &str)] = &[
        ("pack_format/mod.rs", include_str!("mod.rs")),
        ("pack_format/raw.rs", include_str!("raw.rs")),
        ("checker/mod.rs", include_str!("../checker/mod.rs")),
        (
            "checker/randomized_set.rs",
            include_str!("../checker/randomized_set.rs"),
        ),
        ("vectors.rs", include_str!("../vectors.rs")),
        ("generate.rs", include_str!("../generate.rs")),
        ("complexity/mod.rs", include_str!("../complexity/mod.rs")),
        (
            "complexity/class.rs",
            include_str!("../complexity/class.rs"),
        ),
        ("complexity/fit.rs", include_str!("../complexity/fit.rs")),
        (
            "complexity/measure.rs",
            include_str!("../complexity/measure.rs"),
        ),
        ("complexity/plot.rs", include_str!("../complexity/plot.rs")),
        ("complexity/spec.rs", include_str!("../complexity/spec.rs")),
    ];

    /// The pack loader sits on top: a lower module that names it would close
    /// an import circle again (issue 12). Patterns are split so this test
    /// does not find itself.
    #[test]
    fn lower_layers_never_import_the_pack_loader() {
        let loader = ["crate", "::pack::"].concat();
        let loader_braces = ["crate", "::pack::{"].concat();
        let loader_alone = ["crate", "::pack;"].concat();
        let reexports = ["crate", "::Pack"].concat();
        for (file, source) in LOWER_LAYERS {
            for pattern in [&loader, &loader_braces, &loader_alone, &reexports] {
                assert!(
                    !source.contains(pattern.as_str()),
                    "{file} names `{pattern}`: depend on the pack_format layer instead"
                );
            }
        }
    }

    /// The bottom layer depends on nothing else in the crate.
    #[test]
    fn pack_format_imports_nothing_from_the_crate() {
        let crate_path = ["crate", "::"].concat();
        for (file, source) in &LOWER_LAYERS[..2] {
            assert!(
                !source.contains(crate_path.as_str()),
                "{file} reaches into the crate; keep the bottom layer plain data"
            );
        }
    }
}
