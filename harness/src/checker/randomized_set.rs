//! The `randomized-set` checker (LeetCode 380, Insert Delete GetRandom O(1)).
//!
//! `getRandom` has no single right answer, so its results cannot be compared
//! with the test vector. This checker replays `insert`/`remove` to know the set
//! at every call, compares `insert`/`remove` results exactly, requires every
//! `getRandom` result to be a member of the current set, and then judges
//! uniformity over all `getRandom` results of the test.
//!
//! # The statistics
//!
//! Null hypothesis H0 (a correct solution): conditionally on everything that
//! happened before, each `getRandom` result is uniform over the current set
//! `S` (`|S| = n`). The sequence of sets is fixed by the test's calls, so
//! every probability below is a deterministic number known before the run.
//!
//! Only calls with `n >= 2` are used (with `n = 1` the answer is forced). For
//! each such call `i` we define indicators `X_i` whose conditional probability
//! of being 1 given the past is a known constant `p_i`:
//!
//! 1. **most-recent**: the result is the most recently inserted element that is
//!    still in the set; `p_i = 1/n`. Catches "never returns the newest element"
//!    (too few) and "prefers the newest / last array slot" (too many).
//! 2. **repeat**: the previous call was also `getRandom` on the very same set
//!    (no successful `insert`/`remove` in between) and the result equals the
//!    previous result; `p_i = 1/n`. Catches cycling in any fixed order (too
//!    few repeats) and "always the first element" (too many).
//! 3. **age decile k** (k = 0..10): the result's rank among the current
//!    members ordered by insertion time falls in decile `k`, i.e.
//!    `floor(rank * 10 / n) = k`; `p_i` = (ranks in that decile) / n.
//!    Catches bias towards old or new elements (e.g. "always the first").
//! 4. **value decile k** (k = 0..10): the same with ranks in sorted value order.
//!    Catches bias towards small or large values.
//!
//! For each of these 22 counts `X = sum X_i` with mean `mu = sum p_i` we test
//! both tails with the Chernoff bound for sums of Bernoulli variables, which
//! holds for martingale sequences with deterministic conditional probabilities
//! (the tower rule gives `E[exp(l X)] <= exp(mu (e^l - 1))`):
//!
//! ```text
//! P(X >= a) <= exp(-(a ln(a/mu) - a + mu))   for a >= mu
//! P(X <= a) <= exp(-(a ln(a/mu) - a + mu))   for a <= mu   (a = 0: exp(-mu))
//! ```
//!
//! A tail is rejected when its bound is at most `ALPHA / 44` (22 counts, two
//! tails each). Since the bound is monotone in `a`, rejection is the event
//! `X >= a*` (or `X <= a*`) whose probability under H0 is at most the bound,
//! so by the union bound **a correct solution is falsely rejected with
//! probability at most `ALPHA = 1e-6` per test**, whatever the test.
//!
//! The bound needs no minimum sample size: with few samples (the small
//! hand-written tests) no outcome reaches the threshold, so those tests only
//! check membership. A lower tail can only fire once `mu >= ln(44 / ALPHA)`,
//! about 17.6, so packs include tests with many `getRandom` calls on small
//! sets to give the tests power.

use std::collections::HashMap;

use serde_json::Value;

/// One call of the test, as made by the driver; the first is the
/// constructor. A trait, so a large test's calls can be read one at a time
/// from wherever they are kept (JSON values, or the driver's stdin) instead
/// of being copied into one form first.
pub trait CallRecord {
    fn name(&self) -> &str;
    /// The first argument when it is an integer (what `insert` and `remove`
    /// take).
    fn int_arg(&self) -> Option<i64>;
    /// The arguments as a message shows them: `5`, `[1,2], "a"`.
    fn args_text(&self) -> String;
}

/// A call whose arguments are JSON values (a test vector's call).
#[derive(Clone, Copy)]
pub struct JsonCall<'a> {
    pub name: &'a str,
    pub args: &'a [Value],
}

impl CallRecord for JsonCall<'_> {
    fn name(&self) -> &str {
        self.name
    }
    fn int_arg(&self) -> Option<i64> {
        self.args.first().and_then(Value::as_i64)
    }
    fn args_text(&self) -> String {
        let args: Vec<String> = self.args.iter().map(Value::to_string).collect();
        args.join(", ")
    }
}

/// Why the output was rejected: the call it is attributed to, and a message a
/// person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub call_index: usize,
    pub message: String,
}

/// The false-reject probability for a correct solution, per test.
pub const ALPHA: f64 = 1e-6;

/// Deciles used by the rank tests.
const BINS: usize = 10;

/// Number of one-sided sub-tests sharing `ALPHA` (union bound).
const SUBTESTS: usize = 2 * (2 + 2 * BINS);

/// Judges one test: `calls` are the test's calls (the first is the
/// constructor), `expected` the test vector's value for each call (ignored
/// for `getRandom`; missing ones are `null`), `actual` the program's parsed
/// result for each call. Each is read once, in call order (`calls` twice),
/// so a large test needs no copy of its results.
pub fn check<C: CallRecord>(
    calls: impl Iterator<Item = C> + Clone,
    expected: impl Iterator<Item = Value>,
    actual: impl ExactSizeIterator<Item = Value>,
) -> Result<(), Rejection> {
    let total = calls.clone().count();
    if actual.len() < total {
        let missing = actual.len();
        let name = calls
            .clone()
            .nth(missing)
            .map(|c| c.name().to_string())
            .unwrap_or_default();
        return Err(Rejection {
            call_index: missing,
            message: format!(
                "no result for call {missing} ({name}): the program produced {missing} of {total} results"
            ),
        });
    }
    let mut state = Replay::new(calls.clone(), total);
    let mut expected = expected.fuse();
    let mut stats = Stats::default();
    let mut last_get_random = None;
    for (i, (call, got)) in calls.zip(actual).enumerate() {
        let want = expected.next().unwrap_or(Value::Null);
        let (got, want) = (&got, &want);
        match (i, call.name()) {
            (0, _) => {}
            (_, name @ ("insert" | "remove")) => {
                let Some(val) = call.int_arg() else {
                    return exact(i, &call, want, got);
                };
                let was_member = state.contains(val);
                let truth = Value::Bool(if name == "insert" {
                    state.insert(val, i)
                } else {
                    state.remove(val)
                });
                if got != want {
                    let why = if was_member {
                        "it was in the set"
                    } else {
                        "it was not in the set"
                    };
                    return Err(Rejection {
                        call_index: i,
                        message: format!("{name}({val}) returned {got}, expected {want} ({why})"),
                    });
                }
                if *want != truth {
                    return Err(Rejection {
                        call_index: i,
                        message: format!(
                            "test vector error: {name}({val}) is expected to return {want}, \
                             but replaying the calls gives {truth}"
                        ),
                    });
                }
            }
            (_, "getRandom") => {
                if state.len() == 0 {
                    continue; // outside the problem's contract; nothing to judge
                }
                let Some(r) = got.as_i64().filter(|&r| state.contains(r)) else {
                    return Err(Rejection {
                        call_index: i,
                        message: format!(
                            "getRandom returned {got} which is not in the set {}",
                            state.describe()
                        ),
                    });
                };
                stats.record(&state, r);
                last_get_random = Some(i);
            }
            _ => exact(i, &call, want, got)?,
        }
    }
    match (stats.worst(), last_get_random) {
        (Some(message), Some(call_index)) => Err(Rejection {
            call_index,
            message,
        }),
        _ => Ok(()),
    }
}

fn exact(i: usize, call: &impl CallRecord, want: &Value, got: &Value) -> Result<(), Rejection> {
    if got == want {
        return Ok(());
    }
    Err(Rejection {
        call_index: i,
        message: format!(
            "{}({}) returned {got}, expected {want}",
            call.name(),
            call.args_text()
        ),
    })
}

/// A Fenwick tree of 0/1 counts.
struct Fenwick(Vec<i64>);

impl Fenwick {
    fn new(n: usize) -> Self {
        Fenwick(vec![0; n + 1])
    }
    fn add(&mut self, i: usize, d: i64) {
        let mut i = i + 1;
        while i < self.0.len() {
            self.0[i] += d;
            i += i & i.wrapping_neg();
        }
    }
    /// Sum over positions `< i`.
    fn prefix(&self, i: usize) -> i64 {
        let mut i = i;
        let mut s = 0;
        while i > 0 {
            s += self.0[i];
            i &= i - 1;
        }
        s
    }
    /// The position of the `k`-th one (1-based `k`).
    fn kth(&self, mut k: i64) -> usize {
        let mut pos = 0;
        let mut step = (self.0.len()).next_power_of_two();
        while step > 0 {
            if pos + step < self.0.len() && self.0[pos + step] < k {
                pos += step;
                k -= self.0[pos];
            }
            step /= 2;
        }
        pos
    }
}

/// The set as the calls define it, with insertion-time and value ranks.
struct Replay {
    /// value -> call index of the insert that added it
    members: HashMap<i64, usize>,
    /// value of the insert made at each call index
    inserted: Vec<i64>,
    by_time: Fenwick,
    /// sorted distinct values that are ever inserted
    values: Vec<i64>,
    by_value: Fenwick,
    /// number of successful inserts and removes so far
    changes: u64,
}

impl Replay {
    /// The empty set before `calls` (`total` of them).
    fn new<C: CallRecord>(calls: impl Iterator<Item = C>, total: usize) -> Self {
        let mut values: Vec<i64> = calls
            .filter(|c| c.name() == "insert")
            .filter_map(|c| c.int_arg())
            .collect();
        values.sort_unstable();
        values.dedup();
        Replay {
            members: HashMap::new(),
            inserted: vec![0; total],
            by_time: Fenwick::new(total),
            by_value: Fenwick::new(values.len()),
            values,
            changes: 0,
        }
    }
    fn len(&self) -> usize {
        self.members.len()
    }
    fn contains(&self, v: i64) -> bool {
        self.members.contains_key(&v)
    }
    fn value_slot(&self, v: i64) -> usize {
        self.values
            .binary_search(&v)
            .expect("inserted values are indexed")
    }
    fn insert(&mut self, v: i64, time: usize) -> bool {
        if self.contains(v) {
            return false;
        }
        self.members.insert(v, time);
        self.inserted[time] = v;
        self.by_time.add(time, 1);
        self.by_value.add(self.value_slot(v), 1);
        self.changes += 1;
        true
    }
    fn remove(&mut self, v: i64) -> bool {
        let Some(time) = self.members.remove(&v) else {
            return false;
        };
        self.by_time.add(time, -1);
        self.by_value.add(self.value_slot(v), -1);
        self.changes += 1;
        true
    }
    /// The most recently inserted element still present.
    fn newest(&self) -> i64 {
        self.inserted[self.by_time.kth(self.len() as i64)]
    }
    /// 0-based rank of member `v` by insertion time.
    fn age_rank(&self, v: i64) -> usize {
        self.by_time.prefix(self.members[&v]) as usize
    }
    /// 0-based rank of member `v` by value.
    fn value_rank(&self, v: i64) -> usize {
        self.by_value.prefix(self.value_slot(v)) as usize
    }
    fn describe(&self) -> String {
        const SHOWN: usize = 20;
        let mut all: Vec<i64> = self.members.keys().copied().collect();
        all.sort_unstable();
        let shown: Vec<String> = all.iter().take(SHOWN).map(i64::to_string).collect();
        if all.len() > SHOWN {
            format!("{{{}, ...}} ({} elements)", shown.join(", "), all.len())
        } else {
            format!("{{{}}}", shown.join(", "))
        }
    }
}

/// A count of successes of Bernoulli trials with known probabilities.
#[derive(Default, Clone, Copy)]
struct Tally {
    trials: u64,
    hits: u64,
    mu: f64,
}

impl Tally {
    fn add(&mut self, p: f64, hit: bool) {
        self.trials += 1;
        self.hits += u64::from(hit);
        self.mu += p;
    }
    /// Natural log of the Chernoff bound on the tail the count lies in.
    fn log_tail_bound(&self) -> f64 {
        if self.mu <= 0.0 {
            return 0.0;
        }
        let a = self.hits as f64;
        let kl = if a == 0.0 {
            self.mu
        } else {
            a * (a / self.mu).ln() - a + self.mu
        };
        -kl
    }
}

#[derive(Default)]
struct Stats {
    calls: u64,
    newest: Tally,
    repeat: Tally,
    age: [Tally; BINS],
    value: [Tally; BINS],
    /// previous getRandom result and the set version it saw
    previous: Option<(i64, u64)>,
}

impl Stats {
    fn record(&mut self, set: &Replay, r: i64) {
        let n = set.len();
        let version = set.changes;
        let previous = self.previous.replace((r, version));
        if n < 2 {
            return;
        }
        self.calls += 1;
        let p = 1.0 / n as f64;
        self.newest.add(p, r == set.newest());
        if let Some((prev, v)) = previous {
            if v == version {
                self.repeat.add(p, r == prev);
            }
        }
        let age = decile(set.age_rank(r), n);
        let value = decile(set.value_rank(r), n);
        for k in 0..BINS {
            let pk = decile_size(k, n) as f64 / n as f64;
            self.age[k].add(pk, age == k);
            self.value[k].add(pk, value == k);
        }
    }

    /// The most significant rejected sub-test, as a message.
    fn worst(&self) -> Option<String> {
        let threshold = (ALPHA / SUBTESTS as f64).ln();
        let mut candidates: Vec<(Tally, String)> = vec![
            (
                self.newest,
                "the most recently inserted element (still in the set)".to_string(),
            ),
            (
                self.repeat,
                "the same element as the previous call".to_string(),
            ),
        ];
        for k in 0..BINS {
            let range = format!("{}-{}%", k * 10, k * 10 + 10);
            candidates.push((
                self.age[k],
                format!("an element in the {range} band of the set ordered by insertion time (oldest first)"),
            ));
            candidates.push((
                self.value[k],
                format!(
                    "an element in the {range} band of the set ordered by value (smallest first)"
                ),
            ));
        }
        let (index, (tally, what)) = candidates
            .into_iter()
            .enumerate()
            .filter(|(_, (t, _))| t.log_tail_bound() <= threshold)
            .min_by(|a, b| a.1 .0.log_tail_bound().total_cmp(&b.1 .0.log_tail_bound()))?;
        let repeat = index == 1;
        let scope = if repeat {
            format!(
                "in {} back-to-back calls on an unchanged set of 2+ elements",
                tally.trials
            )
        } else {
            format!("over {} calls on sets of 2+ elements", self.calls)
        };
        let hint = if repeat && (tally.hits as f64) < tally.mu {
            " (a uniform pick repeats the previous one with probability 1/size: \
             does it cycle through the elements?)"
        } else {
            ""
        };
        Some(format!(
            "getRandom is not uniform: {scope} it returned {what} {} times, expected about {:.0} \
             ({}){hint}",
            tally.hits,
            tally.mu,
            p_value(tally.log_tail_bound())
        ))
    }
}

/// The decile of rank `rank` among `n`: `floor(rank * BINS / n)`.
fn decile(rank: usize, n: usize) -> usize {
    rank * BINS / n
}

/// How many of the ranks `0..n` fall in decile `k`.
fn decile_size(k: usize, n: usize) -> usize {
    // ranks r with k*n <= r*BINS < (k+1)*n, i.e. ceil(k n / B) <= r < ceil((k+1) n / B)
    ((k + 1) * n).div_ceil(BINS) - (k * n).div_ceil(BINS)
}

fn p_value(log_bound: f64) -> String {
    let log10 = log_bound / std::f64::consts::LN_10;
    if log10 > -3.0 {
        format!("p <= {:.1e}", log_bound.exp())
    } else {
        format!("p < 1e-{}", (-log10).floor() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;
    use serde_json::json;

    /// A test: call names with their arguments, as owned JSON.
    struct Script {
        calls: Vec<(&'static str, Vec<Value>)>,
    }

    impl Script {
        /// `len` calls after the constructor on values `1..=range`, with
        /// weights insert : remove : getRandom.
        fn random(seed: u64, len: usize, range: i64, weights: [u32; 3]) -> Script {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut calls = vec![("RandomizedSet", vec![])];
            let mut members: Vec<i64> = Vec::new();
            let total: u32 = weights.iter().sum();
            while calls.len() <= len {
                let pick = rng.gen_range(0..total);
                if pick < weights[0] {
                    let v = rng.gen_range(1..=range);
                    if !members.contains(&v) {
                        members.push(v);
                    }
                    calls.push(("insert", vec![json!(v)]));
                } else if pick < weights[0] + weights[1] {
                    let v = if !members.is_empty() && rng.gen_bool(0.8) {
                        members.swap_remove(rng.gen_range(0..members.len()))
                    } else {
                        rng.gen_range(1..=range)
                    };
                    members.retain(|&m| m != v);
                    calls.push(("remove", vec![json!(v)]));
                } else if !members.is_empty() {
                    calls.push(("getRandom", vec![]));
                }
            }
            Script { calls }
        }

        fn records(&self) -> impl Iterator<Item = JsonCall<'_>> + Clone {
            self.calls
                .iter()
                .map(|(name, args)| JsonCall { name, args })
        }

        /// Runs a solution (array + index map, swap-remove, as LeetCode's
        /// canonical answer) whose getRandom picks an index with `pick`.
        /// Returns (expected, actual).
        fn run(&self, mut pick: impl FnMut(&Solution) -> i64) -> (Vec<Value>, Vec<Value>) {
            let mut sol = Solution::default();
            let mut expected = Vec::new();
            let mut actual = Vec::new();
            for (name, args) in &self.calls {
                let arg = args.first().and_then(Value::as_i64).unwrap_or(0);
                let (e, a) = match *name {
                    "insert" => {
                        let r = json!(sol.insert(arg));
                        (r.clone(), r)
                    }
                    "remove" => {
                        let r = json!(sol.remove(arg));
                        (r.clone(), r)
                    }
                    "getRandom" => (json!(sol.items[0]), json!(pick(&sol))),
                    _ => (Value::Null, Value::Null),
                };
                expected.push(e);
                actual.push(a);
            }
            (expected, actual)
        }

        fn judge(&self, pick: impl FnMut(&Solution) -> i64) -> Result<(), Rejection> {
            let (expected, actual) = self.run(pick);
            judge_values(self, &expected, &actual)
        }
    }

    /// [`check`] of owned results.
    fn judge_values(
        script: &Script,
        expected: &[Value],
        actual: &[Value],
    ) -> Result<(), Rejection> {
        check(
            script.records(),
            expected.iter().cloned(),
            actual.iter().cloned(),
        )
    }

    #[derive(Default)]
    struct Solution {
        items: Vec<i64>,
        index: HashMap<i64, usize>,
        newest: Option<i64>,
    }

    impl Solution {
        fn insert(&mut self, v: i64) -> bool {
            if self.index.contains_key(&v) {
                return false;
            }
            self.index.insert(v, self.items.len());
            self.items.push(v);
            self.newest = Some(v);
            true
        }
        fn remove(&mut self, v: i64) -> bool {
            let Some(i) = self.index.remove(&v) else {
                return false;
            };
            let last = self.items.pop().expect("non-empty");
            if last != v {
                self.items[i] = last;
                self.index.insert(last, i);
            }
            true
        }
    }

    fn uniform(rng: &mut ChaCha8Rng) -> impl FnMut(&Solution) -> i64 + '_ {
        |s: &Solution| s.items[rng.gen_range(0..s.items.len())]
    }

    /// Tests with power: many getRandom calls on small sets.
    fn stats_script(seed: u64) -> Script {
        Script::random(seed, 3000, 12, [2, 1, 6])
    }

    fn rejected(r: Result<(), Rejection>) -> String {
        r.expect_err("should be rejected").message
    }

    #[test]
    fn leetcode_example_is_accepted() {
        let script = Script {
            calls: vec![
                ("RandomizedSet", vec![]),
                ("insert", vec![json!(1)]),
                ("remove", vec![json!(2)]),
                ("insert", vec![json!(2)]),
                ("getRandom", vec![]),
                ("remove", vec![json!(1)]),
                ("insert", vec![json!(2)]),
                ("getRandom", vec![]),
            ],
        };
        let expected = [
            Value::Null,
            json!(true),
            json!(false),
            json!(true),
            json!(2),
            json!(true),
            json!(false),
            json!(2),
        ];
        let mut actual = expected.clone();
        actual[4] = json!(1);
        assert_eq!(judge_values(&script, &expected, &actual), Ok(()));
        actual[7] = json!(1);
        let err = judge_values(&script, &expected, &actual).unwrap_err();
        assert_eq!(err.call_index, 7);
        assert_eq!(
            err.message,
            "getRandom returned 1 which is not in the set {2}"
        );
        actual[7] = json!(2);
        actual[6] = json!(true);
        let err = judge_values(&script, &expected, &actual).unwrap_err();
        assert_eq!(err.call_index, 6);
        assert_eq!(
            err.message,
            "insert(2) returned true, expected false (it was in the set)"
        );
    }

    #[test]
    fn uniform_solutions_are_accepted_for_2000_seeds() {
        let script = stats_script(1);
        for seed in 0..2000 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            if let Err(e) = script.judge(uniform(&mut rng)) {
                panic!("seed {seed}: {}", e.message);
            }
        }
    }

    #[test]
    fn uniform_solutions_are_accepted_on_varied_scripts() {
        for seed in 0..200 {
            let script = Script::random(seed, 2000, 1 + (seed as i64 % 60), [3, 2, 4]);
            let mut rng = ChaCha8Rng::seed_from_u64(seed + 10_000);
            if let Err(e) = script.judge(uniform(&mut rng)) {
                panic!("seed {seed}: {}", e.message);
            }
        }
    }

    #[test]
    fn large_test_is_fast_and_accepted() {
        let script = Script::random(7, 200_000, 2_000_000_000, [7, 2, 1]);
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        assert_eq!(script.judge(uniform(&mut rng)), Ok(()));
    }

    #[test]
    fn always_first_is_rejected() {
        for seed in 0..20 {
            let msg = rejected(stats_script(seed).judge(|s| s.items[0]));
            assert!(msg.starts_with("getRandom is not uniform"), "{msg}");
        }
        // also with a big, growing set and few calls per size
        let script = Script::random(3, 20_000, 1_000_000, [3, 1, 3]);
        rejected(script.judge(|s| s.items[0]));
    }

    #[test]
    fn never_most_recent_is_rejected() {
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let msg = rejected(stats_script(seed).judge(|s| loop {
                let v = s.items[rng.gen_range(0..s.items.len())];
                if s.items.len() == 1 || Some(v) != s.newest {
                    break v;
                }
            }));
            assert!(msg.contains("most recently inserted"), "{msg}");
        }
    }

    #[test]
    fn cycling_is_rejected() {
        for seed in 0..20 {
            let cursor = std::cell::Cell::new(0usize);
            let msg = rejected(stats_script(seed).judge(|s| {
                let i = cursor.get() % s.items.len();
                cursor.set(i + 1);
                s.items[i]
            }));
            assert!(msg.contains("cycle through"), "{msg}");
        }
    }

    #[test]
    fn biased_towards_small_values_is_rejected() {
        let script = stats_script(5);
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let msg = rejected(script.judge(|s| {
            let a = s.items[rng.gen_range(0..s.items.len())];
            let b = s.items[rng.gen_range(0..s.items.len())];
            a.min(b)
        }));
        assert!(msg.contains("by value"), "{msg}");
    }

    #[test]
    fn non_member_is_rejected() {
        let script = stats_script(9);
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let mut count = 0;
        let err = script
            .judge(|s| {
                count += 1;
                if count == 100 {
                    1_000_000
                } else {
                    s.items[rng.gen_range(0..s.items.len())]
                }
            })
            .unwrap_err();
        assert!(
            err.message
                .starts_with("getRandom returned 1000000 which is not in the set {"),
            "{}",
            err.message
        );
        assert_eq!(script.calls[err.call_index].0, "getRandom");
    }

    #[test]
    fn few_samples_only_check_membership() {
        let script = Script::random(11, 30, 5, [2, 1, 3]);
        assert_eq!(script.judge(|s| s.items[0]), Ok(()));
    }

    #[test]
    fn missing_results_are_rejected() {
        let script = stats_script(2);
        let (expected, actual) = script.run(|s| s.items[0]);
        let err = judge_values(&script, &expected, &actual[..10]).unwrap_err();
        assert_eq!(err.call_index, 10);
    }

    #[test]
    fn deciles_partition_ranks() {
        for n in 1..200 {
            let sizes: usize = (0..BINS).map(|k| decile_size(k, n)).sum();
            assert_eq!(sizes, n);
            for r in 0..n {
                let k = decile(r, n);
                let lo: usize = (0..k).map(|j| decile_size(j, n)).sum();
                assert!(lo <= r && r < lo + decile_size(k, n));
            }
        }
    }
}
