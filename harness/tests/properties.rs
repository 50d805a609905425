//! Property tests: arbitrary and mutated input thrown at every parser a
//! stranger can feed (pack files and `problem.toml`, test-vector text, the
//! driver's wire output, `judge.toml`, the source scanner and the driver
//! generators). Each must return a value or an error, never panic or hang,
//! and each runs thousands of cases in a few seconds.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use harness::check::CheckConfig;
use harness::driver::{generate, strip_comments};
use harness::pack::{Pack, PackFiles};
use harness::signature::Signature;
use harness::{vectors, wire, Language};
use proptest::prelude::*;

/// Small random edits of a valid text: the inputs most likely to reach deep
/// into a parser before going wrong.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Truncate { at: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    let piece = prop_oneof![
        "[\\[\\]{}\",:=0-9a-z\\-. \\n#'\\\\]{0,6}",
        Just("[[".to_string()),
        Just("]]".to_string()),
        Just("\"".to_string()),
        Just("-2147483649".to_string()),
        Just("99999999999999999999".to_string()),
        Just("1e999".to_string()),
        Just("null".to_string()),
        Just("\u{0}".to_string()),
        Just("é".to_string()),
        any::<String>(),
    ];
    prop_oneof![
        (any::<usize>(), 0usize..8).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), piece).prop_map(|(at, text)| Edit::Insert { at, text }),
        any::<usize>().prop_map(|at| Edit::Truncate { at }),
    ]
}

/// `base` with `edits` applied (positions wrap and snap to char boundaries).
fn mutate(base: &str, edits: &[Edit]) -> String {
    let mut text = base.to_string();
    let boundary = |text: &str, at: usize| {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    for e in edits {
        match e {
            Edit::Delete { at, len } => {
                let from = boundary(&text, *at);
                let to = boundary(&text, (from + len).min(text.len()));
                text.replace_range(from..to.max(from), "");
            }
            Edit::Insert { at, text: piece } => {
                let at = boundary(&text, *at);
                text.insert_str(at, piece);
            }
            Edit::Truncate { at } => {
                let at = boundary(&text, *at);
                if at > text.len() / 2 {
                    text.truncate(at);
                }
            }
        }
    }
    text
}

/// The bundled packs and their signatures, built once for all cases.
fn bundled(id: &str) -> &'static (PackFiles, Signature) {
    static PACKS: OnceLock<Vec<(PackFiles, Signature)>> = OnceLock::new();
    PACKS
        .get_or_init(|| {
            PackFiles::bundled()
                .into_iter()
                .filter(|p| IDS.iter().any(|id| p.root.ends_with(id)))
                .map(|files| {
                    let sig = Pack::load(&files).expect("bundled pack loads").signature;
                    (files, sig)
                })
                .collect()
        })
        .iter()
        .find(|(files, _)| files.root.ends_with(id))
        .expect("bundled pack")
}

fn text_of(files: &PackFiles, path: &str) -> String {
    String::from_utf8(files.files[path].clone()).unwrap()
}

const IDS: [&str; 3] = ["lru-cache", "merge-k-sorted-lists", "linked-list-cycle-ii"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn pack_loading_never_panics(
        which in 0..IDS.len(),
        toml_edits in prop::collection::vec(edit(), 0..6),
        test_edits in prop::collection::vec(edit(), 0..6),
        extra in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut files = bundled(IDS[which]).0.clone();
        let toml = mutate(&text_of(&files, "problem.toml"), &toml_edits);
        files.files.insert("problem.toml".into(), toml.into_bytes());
        let first = files.under("tests").next().map(|(p, _)| p.clone()).unwrap();
        let test = mutate(&text_of(&files, &first), &test_edits);
        files.files.insert(first, test.into_bytes());
        files.files.insert("tests/zz-extra.txt".into(), extra);
        if let Err(errors) = Pack::load(&files) {
            for e in &errors.0 {
                prop_assert!(e.file.starts_with(&files.root), "{e}");
            }
        }
    }

    #[test]
    fn arbitrary_pack_files_never_panic(
        toml in any::<String>(),
        names in prop::collection::vec("[a-z/.]{0,12}", 0..4),
        blob in prop::collection::vec(any::<u8>(), 0..128),
    ) {
        let mut files = BTreeMap::new();
        files.insert("problem.toml".to_string(), toml.into_bytes());
        for name in names {
            files.insert(name, blob.clone());
        }
        let _ = Pack::load(&PackFiles { root: "fuzz".into(), files, ..PackFiles::default() });
    }

    #[test]
    fn test_vectors_never_panic(
        which in 0..IDS.len(),
        edits in prop::collection::vec(edit(), 0..8),
        raw in any::<String>(),
    ) {
        let (files, sig) = bundled(IDS[which]);
        let (_, bytes) = files.under("tests").next().unwrap();
        let text = mutate(std::str::from_utf8(bytes).unwrap(), &edits);
        let _ = vectors::parse_test(&text, sig);
        let _ = vectors::parse_input(&text, sig);
        let _ = vectors::parse_test(&raw, sig);
    }

    #[test]
    fn wire_decoding_never_panics(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
        lines in prop::collection::vec("[<>!#0-9a-z \\[\\]\",\n-]{0,24}", 0..16),
        writes in prop::collection::vec((0usize..600, any::<u64>(), 0u8..3), 0..16),
        total in any::<u64>(),
    ) {
        // Arbitrary bytes with arbitrary (even out-of-range, unordered) write
        // records and marks, then well-formed-looking lines written one per
        // write, every third followed by a mark.
        let writes = writes
            .into_iter()
            .map(|(end, fuel, mark)| {
                let marks = [None, Some(sandbox::CallMark::Begins), Some(sandbox::CallMark::Returned)];
                sandbox::ChannelWrite::new(end, fuel, fuel, marks[usize::from(mark)])
            })
            .collect();
        let _ = wire::decode(&sandbox::Channel::new(bytes, writes), total);
        let mut channel = sandbox::Channel::default();
        for (i, line) in lines.iter().enumerate() {
            let fuel = i as u64 * 10;
            if i % 3 == 2 {
                channel.push_marked(line.as_bytes(), sandbox::CallMark::Returned, fuel, fuel + 5);
            } else {
                channel.push([line.as_bytes()].into_iter(), fuel, fuel + 5);
            }
        }
        let decoded = wire::decode(&channel, total);
        prop_assert!(decoded.results.len() <= channel.bytes.len() + 1);
    }

    #[test]
    fn judge_toml_never_panics(
        edits in prop::collection::vec(edit(), 0..8),
        raw in any::<String>(),
    ) {
        let base = "ignore = [\"vendor\", \"**/scratch/*.go\"]\n\n[[map]]\npath = \"misc/*.go\"\nproblem = \"lru-cache\"\n\n[[expect]]\npath = \"lru-cache/{a,b}.go\"\nverdict = \"TLE\"\nreason = \"slow\"\n";
        let known = ["lru-cache", "min-stack"];
        for text in [mutate(base, &edits), raw] {
            if let Ok(config) = CheckConfig::parse(&text, Path::new("judge.toml"), &known) {
                let _ = config.is_ignored("lru-cache/a/b/c.go");
                let _ = config.mapped("misc/x.go");
                let _ = config.expected("lru-cache/a.go");
            }
        }
    }

    #[test]
    fn scanner_keeps_offsets_and_never_panics(
        src in "[/*\"'`\\\\\\na-zA-Z_{}é ]{0,200}",
        raw in prop::collection::vec(any::<u8>(), 0..200),
        blank_strings in any::<bool>(),
    ) {
        for lang in [Language::C, Language::Cpp, Language::Go, Language::Rust] {
            let out = strip_comments(&src, lang, blank_strings);
            prop_assert_eq!(out.lines().count(), src.lines().count());
            let _ = strip_comments(&String::from_utf8_lossy(&raw), lang, blank_strings);
        }
    }

    #[test]
    fn driver_generation_never_panics(
        which in 0..IDS.len(),
        src in "[/*\"'`\\\\\\na-zA-Z_{}();é ]{0,200}",
        raw in prop::collection::vec(any::<u8>(), 0..200),
    ) {
        let sig = &bundled(IDS[which]).1;
        for (lang, name) in [(Language::C, "x.c"), (Language::Cpp, "x.cpp"), (Language::Go, "x.go"), (Language::Rust, "x.rs")] {
            let _ = generate(lang, sig, name, &src);
            if let Ok(tree) = generate(lang, sig, name, &raw) {
                // C and C++ bytes reach the compiler as written but for the
                // 64-bit `long` insertions (driver/long64.rs): every user byte
                // in order, nothing removed, on the same lines.
                if matches!(lang, Language::C | Language::Cpp) {
                    let got = &tree.file(&tree.user_file).unwrap().contents;
                    let mut rest = got.iter();
                    prop_assert!(raw.iter().all(|b| rest.any(|g| g == b)));
                    let lines = |bytes: &[u8]| bytes.iter().filter(|b| **b == b'\n').count();
                    prop_assert_eq!(lines(got), lines(&raw));
                }
            }
        }
    }
}
