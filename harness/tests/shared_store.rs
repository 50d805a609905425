//! The shared store of expected outputs: two cache directories share one
//! entry (the second runs no reference), an entry forged under a planted
//! key or swapped for another test's is a miss that is recomputed (never a
//! wrong verdict), and a store that others can write is not used; the
//! compiled-function cache is sealed under the same outside key. The real
//! C reference, compiled by clang, answers the generated tests in wasmtime.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use harness::judge::{Judge, JudgeOptions, Report, Submission};
use harness::prepared::PreparedCalls;
use harness::shared_store::StoreLocation;
use harness::{Language, Pack, Verdict};
use sandbox::SealedDir;

mod common;

/// lru-cache with its first two generated tests, cut to 2000 calls each,
/// and no complexity check: the store's behaviour, judged quickly.
fn small_lru() -> Pack {
    let mut pack = common::bundled("lru-cache");
    pack.generated.truncate(2);
    for spec in &mut pack.generated {
        spec.calls = 2000;
    }
    pack.complexity = None;
    pack
}

fn reference(pack: &Pack) -> Submission {
    let source = &pack.references[&Language::C];
    Submission::of_pack_file(&source.path, Language::C, &source.bytes)
}

fn judge(cache: &Path, store: &StoreLocation, pack: &Pack) -> Report {
    let mut options = JudgeOptions::new(cache.to_path_buf());
    options.shared_store = Some(store.clone());
    // Cranelift's functions beside the store, under the store's key.
    options.function_cache = store.dir.parent().map(|d| d.join("functions"));
    Judge::new(options)
        .unwrap()
        .judge(pack, &reference(pack), &mut |_| {})
}

/// The store's expected-output entries, sorted.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir.join("expected"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fn assert_accepted(report: &Report) {
    assert_eq!(report.verdict, Verdict::Accepted, "{:?}", report.message);
    assert_eq!(report.tests.len(), 8 + 2);
}

#[test]
fn cache_dirs_share_entries_and_forged_swapped_or_loose_ones_are_not_trusted() {
    if !common::installed(&[Language::C]) {
        return;
    }
    let base = tempfile::tempdir().unwrap();
    let store = StoreLocation {
        dir: base.path().join("shared"),
        key: base.path().join("state/shared.key"),
    };
    let pack = small_lru();

    // The first cache dir computes both expected outputs, once for all.
    let first = base.path().join("cache-a");
    assert_accepted(&judge(&first, &store, &pack));
    let [one, two] = &entries(&store.dir)[..] else {
        panic!("two shared entries expected: {:?}", entries(&store.dir));
    };
    let (one_bytes, two_bytes) = (std::fs::read(one).unwrap(), std::fs::read(two).unwrap());
    assert!(!store.dir.join("key").exists(), "the key is kept outside");
    let functions = base.path().join("functions");
    assert!(functions.join("functions").is_dir(), "functions are cached");
    assert!(!functions.join("key").exists(), "under the outside key too");

    // A second cache dir reads them: it computes (and writes) none.
    let second = base.path().join("cache-b");
    assert_accepted(&judge(&second, &store, &pack));
    assert!(entries(&second).is_empty(), "no reference ran for cache-b");

    // Whoever can write the store plants a key of their own and tags a
    // wrong answer with it; were it trusted, the reference would be WA.
    let real = SealedDir::open_with_key(&store.dir, &store.key).unwrap();
    let name = one.strip_prefix(&store.dir).unwrap().to_str().unwrap();
    let honest = PreparedCalls::from_bytes(real.read(name).unwrap()).unwrap();
    let wrong = vec![b"-7".as_slice(); honest.len()];
    let forged = PreparedCalls::new(honest.stdin().to_vec(), wrong);
    SealedDir::open(&store.dir)
        .unwrap()
        .write(name, &forged.to_bytes())
        .unwrap();
    // And swaps the other entry for the first one's valid bytes.
    std::fs::write(two, &one_bytes).unwrap();
    let third = base.path().join("cache-c");
    assert_accepted(&judge(&third, &store, &pack));
    assert_eq!(entries(&third).len(), 2, "both were recomputed");
    assert_eq!(std::fs::read(one).unwrap(), one_bytes, "rewritten honestly");
    assert_eq!(std::fs::read(two).unwrap(), two_bytes, "rewritten honestly");

    // A store others can write is not used: the judge works without it.
    std::fs::set_permissions(&store.dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::remove_file(one).unwrap();
    let fourth = base.path().join("cache-d");
    assert_accepted(&judge(&fourth, &store, &pack));
    assert_eq!(entries(&fourth).len(), 2, "computed without the store");
    assert!(!one.exists(), "nothing written into a loose store");
}
