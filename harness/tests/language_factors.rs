//! The per-language fuel factors (harness/src/fuel_limits.rs) keep one
//! algorithm in one verdict whatever its language: the same O(n)-getMin scan
//! in C, Go and Rust, judged on the bundled min-stack pack, is `AC` with a
//! failed complexity check in all three, and a limit so tight that the C
//! version only just passes still lets the Go and Rust versions pass.
//! Compiled by the real toolchains and run in the real sandbox.

use std::path::PathBuf;

use harness::complexity::{ComplexityVerdict, Mode};
use harness::judge::{Judge, JudgeOptions, Report, Submission};
use harness::pack::{Pack, PackFiles};
use harness::{Language, Verdict};

const SCANS: [&str; 3] = ["scan-getmin.c", "scan-getmin.go", "scan-getmin.rs"];

fn min_stack() -> Pack {
    let files = PackFiles::bundled()
        .into_iter()
        .find(|f| f.root.rsplit('/').next() == Some("min-stack"))
        .expect("bundled min-stack");
    Pack::load(&files).unwrap_or_else(|e| panic!("{e}"))
}

fn judge_scan(pack: &Pack, name: &str, complexity: Mode) -> Report {
    let mut options =
        JudgeOptions::new(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-cache"));
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
