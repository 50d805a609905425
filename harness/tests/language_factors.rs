//! The per-language fuel factors (harness/src/fuel_limits.rs) keep one
//! algorithm in one verdict whatever its language: the same O(n)-getMin scan
//! in C, Go and Rust, judged on the bundled min-stack pack, is `AC` with a
//! failed complexity check in all three, and a limit so tight that the C
//! version only just passes still lets the Go and Rust versions pass.
//! A pack's own override (lru-cache's Go factor, for Go's map against the
//! C reference's own hash table) is what lets the Go reference pass at a
//! limit the C reference only just passes; the global factor alone would
//! make it `TLE`. Compiled by the real toolchains and run in the real
//! sandbox.

mod common;

use harness::complexity::{ComplexityVerdict, Mode};
use harness::judge::{Judge, JudgeOptions, Report, Submission};
use harness::pack::Pack;
use harness::{Language, Verdict};

use common::{bundled, cache_dir};

const SCANS: [&str; 3] = ["scan-getmin.c", "scan-getmin.go", "scan-getmin.rs"];

fn min_stack() -> Pack {
    bundled("min-stack")
}

fn judge_reference(pack: &Pack, language: Language) -> Report {
    let judge = Judge::new(JudgeOptions::new(cache_dir())).unwrap();
    let source = &pack.references[&language];
    let submission = Submission::of_pack_file(&source.path, language, &source.bytes);
    judge.judge(pack, &submission, &mut |_| {})
}

fn judge_scan(pack: &Pack, name: &str, complexity: Mode) -> Report {
    let mut options = JudgeOptions::new(cache_dir());
    options.complexity = complexity;
    let judge = Judge::new(options).unwrap();
    let path = format!("solutions/time_limit_exceeded/{name}");
    let source = pack
        .solutions
        .iter()
        .find(|s| s.source.path == path)
        .unwrap_or_else(|| panic!("min-stack has no {path}"));
    let submission = Submission {
        file: path.clone(),
        language: Language::from_path(std::path::Path::new(&path)).unwrap(),
        bytes: source.source.bytes.clone(),
    };
    judge.judge(pack, &submission, &mut |_| {})
}

#[test]
fn one_slow_algorithm_is_accepted_and_fails_its_complexity_in_every_language() {
    let pack = min_stack();
    for name in SCANS {
        let report = judge_scan(&pack, name, Mode::Enforce);
        assert_eq!(
            report.verdict,
            Verdict::Accepted,
            "{name}: {:?}",
            report.message
        );
        assert_eq!(
            report.complexity.verdict,
            ComplexityVerdict::Fail,
            "{name}: {:?}",
            report.complexity
        );
    }
}

#[test]
fn a_limit_the_c_version_passes_is_passed_in_go_and_rust() {
    let mut pack = min_stack();
    let c = judge_scan(&pack, SCANS[0], Mode::Off);
    assert_eq!(c.verdict, Verdict::Accepted, "{:?}", c.message);
    let c_largest = c.tests.iter().map(|t| t.user_fuel).max().unwrap();
    // The C scan uses two thirds of this limit on its largest test; the Go
    // one spends about twice C's fuel, so without its factor it is `TLE`.
    pack.limits.fuel = c_largest * 3 / 2;
    for name in SCANS {
        let report = judge_scan(&pack, name, Mode::Off);
        assert_eq!(
            report.verdict,
            Verdict::Accepted,
            "{name} at a limit of {}: {:?}",
            pack.limits.fuel,
            report.message
        );
    }
}

#[test]
fn a_pack_override_lets_the_costlier_structure_pass_where_the_global_factor_would_not() {
    let mut pack = bundled("lru-cache");
    let c = judge_reference(&pack, Language::C);
    assert_eq!(c.verdict, Verdict::Accepted, "{:?}", c.message);
    // A limit the C reference only just passes on its largest test.
    pack.limits.fuel = c.tests.iter().map(|t| t.user_fuel).max().unwrap() * 11 / 10;
    let go = judge_reference(&pack, Language::Go);
    assert_eq!(
        go.verdict,
        Verdict::Accepted,
        "Go with its override at a limit of {}: {:?}",
        pack.limits.fuel,
        go.message
    );
    let stated = pack.factors.overrides.remove(&Language::Go);
    assert!(stated.is_some(), "lru-cache states no Go factor");
    let go = judge_reference(&pack, Language::Go);
    assert_eq!(
        go.verdict,
        Verdict::TimeLimitExceeded,
        "Go with the global factor {}",
        harness::fuel_limits::factor(Language::Go)
    );
}
