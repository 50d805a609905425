//! The stack a solution gets: `[limits] stack_mib` reaches the link flags of
//! C and C++ solutions (a 31 MiB local array is RE under the default 8 MiB
//! and AC with 64), it joins the compile cache key (both judged through one
//! cache directory), and a recursion a million calls deep is AC while an
//! endless one is a clean RE. Real toolchains, real sandbox.

mod common;

use std::path::PathBuf;

use harness::authoring::validate::{validate, ValidateOptions};
use harness::judge::{Judge, JudgeOptions, Submission};
use harness::pack::{Pack, DEFAULT_STACK_MIB};
use harness::{Language, Verdict};

use common::{fixture_pack, load_dir};

fn judge_file(judge: &Judge, pack: &Pack, file: &str, language: Language) -> (Verdict, String) {
    let path = fixture_pack("big-stack").join(file);
    let submission = Submission {
        language,
        file: file.into(),
        bytes: std::fs::read(&path).unwrap(),
    };
    let report = judge.judge(pack, &submission, &mut |_| {});
    (report.verdict, report.message.unwrap_or_default())
}

#[test]
fn a_31_mib_local_array_needs_the_packs_stack() {
    let cache = tempfile::tempdir().unwrap();
    let judge = Judge::new(JudgeOptions::new(cache.path().to_path_buf())).unwrap();
    let big = load_dir(&fixture_pack("big-stack"));
    assert_eq!(big.limits.stack_mib, 64);
    let mut default = big.clone();
    default.limits.stack_mib = DEFAULT_STACK_MIB;
    for (file, language) in [
        ("solutions/accepted/local_array.c", Language::C),
        ("solutions/accepted/local_array.cpp", Language::Cpp),
    ] {
        // The 64 MiB build first: were the stack not in the cache key, the
        // default-stack judge would reuse it and accept.
        let (verdict, message) = judge_file(&judge, &big, file, language);
        assert_eq!(verdict, Verdict::Accepted, "{file} with 64 MiB: {message}");
        let (verdict, message) = judge_file(&judge, &default, file, language);
        assert_eq!(
            verdict,
            Verdict::RuntimeError,
            "{file} with 8 MiB: {message}"
        );
        assert!(message.contains("out-of-bounds"), "{file}: {message}");
    }
}

#[test]
fn deep_recursion_is_accepted_and_endless_recursion_is_a_clean_re() {
    let pack = load_dir(&fixture_pack("deep-recursion"));
    let cache = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-cache");
    let judge = Judge::new(JudgeOptions::new(cache)).unwrap();
    let validation = validate(&pack, &judge, &ValidateOptions::default(), &|_| {});
    let lines: Vec<String> = validation.checks.iter().map(|c| c.to_string()).collect();
    let text = lines.join("\n");
    assert_eq!(validation.failures().count(), 0, "{text}");
    for needle in [
        "solutions/accepted/dfs.c: AC as expected",
        "solutions/accepted/dfs.cpp: AC as expected",
        "solutions/runtime_error/endless.c: RE as expected",
        "solutions/runtime_error/endless_calls.c: RE as expected on test 1-small: stack overflow",
    ] {
        assert!(text.contains(needle), "{needle:?} in\n{text}");
    }
}
