//! Every bundled pack passes `judge pack validate`: this runs the same
//! `harness::authoring::validate` API on each pack (one test per pack, so
//! they run in parallel): generators deterministic, references accepted
//! within half the fuel limit, every file under `solutions/<verdict>/` gets
//! that verdict, starters compile and are not accepted, and every
//! reference's fuel ratio to the C reference is within its language's
//! factor (strictly: outside it fails, not only warns). Compiled by the real
//! toolchains and run in the real sandbox.

mod common;

use harness::authoring::validate::{validate, ValidateOptions};
use harness::judge::{Judge, JudgeOptions};
use harness::pack::PackFiles;

use common::{bundled, cache_dir};

/// The packs this file proves; a bundled pack missing here fails
/// `every_bundled_pack_has_a_test`.
const PROVEN: [&str; 26] = [
    "lru-cache",
    "implement-trie",
    "merge-k-sorted-lists",
    "linked-list-cycle-ii",
    "insert-delete-getrandom",
    "min-stack",
    "valid-parentheses",
    "daily-temperatures",
    "reverse-linked-list",
    "implement-queue-using-stacks",
    "kth-largest-element-in-a-stream",
    "koko-eating-bananas",
    "binary-heap",
    "two-sum",
    "top-k-frequent-elements",
    "find-median-from-data-stream",
    "pair-sums",
    "3sum",
    "search-in-rotated-sorted-array",
    "sliding-window-maximum",
    "subarray-sum-equals-k",
    "next-greater-element-i",
    "longest-substring-without-repeating-characters",
    "design-hit-counter",
    "thread-safe-lru-cache",
    "bounded-blocking-queue",
];

/// Validates a bundled pack and fails with every failed check.
fn prove(id: &str) {
    let pack = bundled(id);
    let judge = Judge::new(JudgeOptions::new(cache_dir())).unwrap();
    let options = ValidateOptions {
        strict_factors: true,
        ..ValidateOptions::default()
    };
    let validation = validate(&pack, &judge, &options, &|_| {});
    let lines: Vec<String> = validation.checks.iter().map(|c| c.to_string()).collect();
    eprintln!("{id}:\n  {}", lines.join("\n  "));
    for warning in &validation.warnings {
        eprintln!("  warning: {warning}");
    }
    let failures: Vec<String> = validation.failures().map(|c| c.to_string()).collect();
    assert!(
        failures.is_empty(),
        "{id} fails validation:\n{}",
        failures.join("\n")
    );
}

#[test]
fn lru_cache_validates() {
    prove("lru-cache");
}

#[test]
fn implement_trie_validates() {
    prove("implement-trie");
}

#[test]
fn merge_k_sorted_lists_validates() {
    prove("merge-k-sorted-lists");
}

#[test]
fn linked_list_cycle_ii_validates() {
    prove("linked-list-cycle-ii");
}

#[test]
fn insert_delete_getrandom_validates() {
    prove("insert-delete-getrandom");
}

#[test]
fn min_stack_validates() {
    prove("min-stack");
}

#[test]
fn valid_parentheses_validates() {
    prove("valid-parentheses");
}

#[test]
fn daily_temperatures_validates() {
    prove("daily-temperatures");
}

#[test]
fn reverse_linked_list_validates() {
    prove("reverse-linked-list");
}

#[test]
fn implement_queue_using_stacks_validates() {
    prove("implement-queue-using-stacks");
}

#[test]
fn kth_largest_element_in_a_stream_validates() {
    prove("kth-largest-element-in-a-stream");
}

#[test]
fn koko_eating_bananas_validates() {
    prove("koko-eating-bananas");
}

#[test]
fn search_in_rotated_sorted_array_validates() {
    prove("search-in-rotated-sorted-array");
}

#[test]
fn sliding_window_maximum_validates() {
    prove("sliding-window-maximum");
}

#[test]
fn subarray_sum_equals_k_validates() {
    prove("subarray-sum-equals-k");
}

#[test]
fn next_greater_element_i_validates() {
    prove("next-greater-element-i");
}

#[test]
fn longest_substring_without_repeating_characters_validates() {
    prove("longest-substring-without-repeating-characters");
}

#[test]
fn design_hit_counter_validates() {
    prove("design-hit-counter");
}

#[test]
fn binary_heap_validates() {
    prove("binary-heap");
}

#[test]
fn thread_safe_lru_cache_validates() {
    prove("thread-safe-lru-cache");
}

#[test]
fn bounded_blocking_queue_validates() {
    prove("bounded-blocking-queue");
}

#[test]
fn every_bundled_pack_has_a_test() {
    for files in PackFiles::bundled() {
        let id = files
            .root
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        assert!(
            PROVEN.contains(&id.as_str()),
            "bundled pack `{id}` has no validation test in harness/tests/packs.rs"
        );
    }
}

#[test]
fn two_sum_validates() {
    prove("two-sum");
}

#[test]
fn top_k_frequent_elements_validates() {
    prove("top-k-frequent-elements");
}

#[test]
fn find_median_from_data_stream_validates() {
    prove("find-median-from-data-stream");
}

#[test]
fn pair_sums_validates() {
    prove("pair-sums");
}

#[test]
fn three_sum_validates() {
    prove("3sum");
}
