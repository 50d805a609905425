//! How many large tests run at once. Tests of one submission run side by
//! side, and what each run holds is the judge's memory while it runs: its
//! guest memory (counted as its peak linear memory size, which bounds the
//! pages it touched), and the result channel and output it
//! wrote (a 200,000-call test's channel is about 8 MB: two 16-byte write
//! records per call, and the results). Two large tests of
//! a Go trie at once held about 100 MiB of guest memory alone. Before a
//! run, the gate estimates what it will hold from the runs of the same
//! submission that finished, and lets it start only while the estimates of
//! the runs in flight (by what is known now) stay within a budget; a run
//! over the budget on its own starts once nothing else runs. Only the order in time changes: every
//! test still runs, with the same fuel and verdict.

use std::sync::{Condvar, Mutex};

/// What a finished run held, in bytes: its peak guest memory and the
/// buffers of what it wrote (the channel's bytes and write records, stdout,
/// stderr), as allocated. Decoding and checking the results takes about as
/// much again, which the budget leaves room for.
pub(super) fn held(outcome: &sandbox::Outcome) -> u64 {
    let channel = &outcome.channel;
    let records = channel.writes.capacity() * std::mem::size_of::<sandbox::ChannelWrite>();
    let written =
        channel.bytes.capacity() + records + outcome.stdout.capacity() + outcome.stderr.capacity();
    outcome.peak_memory_bytes.saturating_add(written as u64)
}

/// The estimate model: a run holds the smallest peak seen (the language
/// runtime's floor) plus, per byte of stdin, the most any finished run
/// needed above that floor per byte of its stdin. Overestimating only
/// serializes runs; before any run has finished, the estimate is zero.
#[derive(Debug, Default, Clone, Copy)]
struct Model {
    floor: Option<u64>,
    /// Bytes of guest memory above the floor per byte of stdin.
    per_byte: f64,
}

impl Model {
    fn estimate(&self, stdin_len: usize) -> u64 {
        let floor = self.floor.unwrap_or(0);
        floor.saturating_add((self.per_byte * stdin_len as f64) as u64)
    }

    fn learn(&mut self, stdin_len: usize, peak: u64) {
        let floor = self.floor.map_or(peak, |f| f.min(peak));
        self.floor = Some(floor);
        if stdin_len > 0 {
            let per_byte = peak.saturating_sub(floor) as f64 / stdin_len as f64;
            self.per_byte = self.per_byte.max(per_byte);
        }
    }
}

#[derive(Debug, Default)]
struct State {
    model: Model,
    /// The stdin length of each run in flight.
    running: Vec<usize>,
}

impl State {
    /// What the runs in flight hold by the model as it is now (it learns
    /// while they run, so a run admitted early is estimated again).
    fn in_flight(&self) -> u64 {
        self.running
            .iter()
            .fold(0, |sum, &len| sum.saturating_add(self.model.estimate(len)))
    }
}

/// Admits runs while what they are estimated to hold fits the budget.
#[derive(Debug)]
pub(super) struct MemoryGate {
    budget: u64,
    state: Mutex<State>,
    freed: Condvar,
}

/// A run admitted by the gate, in flight until dropped; tell it what the
/// run held with [`Pass::record`].
pub(super) struct Pass<'g> {
    gate: &'g MemoryGate,
    stdin_len: usize,
    peak: Option<u64>,
}

impl MemoryGate {
    pub(super) fn new(budget: u64) -> MemoryGate {
        MemoryGate {
            budget,
            state: Mutex::new(State::default()),
            freed: Condvar::new(),
        }
    }

    /// Waits until a run reading `stdin_len` bytes may start.
    pub(super) fn enter(&self, stdin_len: usize) -> Pass<'_> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !state.running.is_empty()
            && state
                .in_flight()
                .saturating_add(state.model.estimate(stdin_len))
                > self.budget
        {
            state = self.freed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        tracing::debug!(
            stdin_len,
            estimate = state.model.estimate(stdin_len),
            in_flight = state.in_flight(),
            "memory gate: run admitted"
        );
        state.running.push(stdin_len);
        Pass {
            gate: self,
            stdin_len,
            peak: None,
        }
    }
}

impl Pass<'_> {
    /// The run finished holding `peak` bytes (see [`held`]). The pass is
    /// still in flight until dropped: checking the results holds memory too.
    pub(super) fn record(&mut self, peak: u64) {
        self.peak = Some(peak);
    }

    /// [`Pass::record`], then out of flight.
    #[cfg(test)]
    fn done(mut self, peak: u64) {
        self.record(peak);
    }
}

impl Drop for Pass<'_> {
    fn drop(&mut self) {
        let mut state = self.gate.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(at) = state.running.iter().position(|&l| l == self.stdin_len) {
            state.running.swap_remove(at);
        }
        if let Some(peak) = self.peak {
            tracing::debug!(stdin_len = self.stdin_len, peak, "memory gate: run held");
            state.model.learn(self.stdin_len, peak);
        }
        drop(state);
        self.gate.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

    const MIB: u64 = 1 << 20;

    #[test]
    fn the_model_is_the_floor_plus_the_steepest_growth() {
        let mut model = Model::default();
        assert_eq!(model.estimate(1_000_000), 0);
        model.learn(100, 3 * MIB);
        assert_eq!(model.estimate(1_000_000), 3 * MIB);
        model.learn(1_000, 4 * MIB);
        // 1 MiB above the floor for 1,000 bytes of stdin.
        assert_eq!(model.estimate(10_000), 3 * MIB + 10 * MIB);
        model.learn(1_000_000, 13 * MIB);
        assert_eq!(
            model.estimate(10_000),
            13 * MIB,
            "the steepest growth stays"
        );
    }

    #[test]
    fn runs_in_flight_are_estimated_by_what_is_known_now() {
        let gate = MemoryGate::new(64 * MIB);
        gate.enter(10).done(MIB);
        let early = gate.enter(1_000);
        assert_eq!(gate.state.lock().unwrap().in_flight(), MIB, "the floor");
        // Another run shows 5 MiB per 100 bytes of stdin above the floor.
        gate.enter(100).done(6 * MIB);
        assert_eq!(gate.state.lock().unwrap().in_flight(), 51 * MIB);
        drop(early);
        assert_eq!(gate.state.lock().unwrap().in_flight(), 0);
    }

    #[test]
    fn a_run_over_budget_starts_alone_and_small_runs_share() {
        let gate = MemoryGate::new(64 * MIB);
        // Teach it: 1 MiB floor, then 50 MiB for 1,000 bytes.
        gate.enter(10).done(MIB);
        gate.enter(1_000).done(51 * MIB);
        let small = gate.enter(10);
        let other = gate.enter(10);
        assert_eq!(
            gate.state.lock().unwrap().running.len(),
            2,
            "small runs share"
        );
        drop((small, other));
        // Two large runs (51 MiB each) never overlap; every run finishes.
        let running = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let finished = AtomicU64::new(0);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..5 {
                        let pass = gate.enter(1_000);
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(2));
                        running.fetch_sub(1, Ordering::SeqCst);
                        pass.done(51 * MIB);
                        finished.fetch_add(1, Ordering::SeqCst);
                    }
                });
            }
        });
        assert_eq!(most.load(Ordering::SeqCst), 1);
        assert_eq!(finished.load(Ordering::SeqCst), 20);
        // A pass dropped without a peak (the run failed) frees its place.
        drop(gate.enter(1_000));
        assert_eq!(gate.state.lock().unwrap().in_flight(), 0);
    }
}
