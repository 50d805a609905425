//! The two in-memory pipes between a solution and an interactor, and the
//! baton that lets only one of them run at a time. Each program runs on its
//! own host thread, but a thread only executes guest code while it holds
//! the turn: it gives the turn away when it reads an empty pipe, when its
//! written bytes fill the other's pipe past [`PIPE_CAPACITY`], or when it
//! ends. Every handoff happens at a host call the guest made, so the
//! interleaving (and so every fuel count) is a function of the two programs
//! and their inputs alone.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// Bytes a pipe holds before its writer yields to the reader (Linux's
/// default pipe size). The writer is never refused: the bytes stay queued.
pub const PIPE_CAPACITY: usize = 64 << 10;

/// One side of an interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Solution,
    Interactor,
}

impl Side {
    fn index(self) -> usize {
        match self {
            Side::Solution => 0,
            Side::Interactor => 1,
        }
    }

    fn other(self) -> Side {
        match self {
            Side::Solution => Side::Interactor,
            Side::Interactor => Side::Solution,
        }
    }
}

/// Why a read could not be answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadBlocked {
    /// Both sides were waiting to read from an empty pipe.
    Deadlock,
}

#[derive(Debug)]
struct State {
    /// Who may run guest code now.
    turn: Side,
    /// `written[s]`: bytes side `s` wrote that the other has not read.
    written: [VecDeque<u8>; 2],
    finished: [bool; 2],
    /// Waiting in a read of an empty pipe.
    reading: [bool; 2],
    deadlock: bool,
    /// The side that ended first.
    first_finished: Option<Side>,
}

#[derive(Debug)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

/// One program's ends of the two pipes.
#[derive(Debug, Clone)]
pub struct PipeEnd {
    shared: Arc<Shared>,
    side: Side,
}

/// Makes the two ends of a fresh pair of pipes; `first` runs first.
pub fn pair(first: Side) -> (PipeEnd, PipeEnd) {
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            turn: first,
            written: [VecDeque::new(), VecDeque::new()],
            finished: [false; 2],
            reading: [false; 2],
            deadlock: false,
            first_finished: None,
        }),
        changed: Condvar::new(),
    });
    (
        PipeEnd {
            shared: shared.clone(),
            side: Side::Solution,
        },
        PipeEnd {
            shared,
            side: Side::Interactor,
        },
    )
}

impl PipeEnd {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the state half
        // updated (every update is a few plain assignments), so a poisoned
        // lock is still usable.
        self.shared
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Gives the turn to the other side and waits until it comes back (or
    /// the interaction deadlocked).
    fn hand_over<'a>(&'a self, mut state: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        state.turn = self.side.other();
        self.shared.changed.notify_all();
        while state.turn != self.side && !state.deadlock {
            state = self
                .shared
                .changed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        state
    }

    /// Waits for this side's first turn.
    pub fn start(&self) {
        let mut state = self.lock();
        while state.turn != self.side
            && !state.deadlock
            && !state.finished[self.side.other().index()]
        {
            state = self
                .shared
                .changed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    /// Waits until the other side's pipe has bytes or has ended; how many
    /// bytes are ready (0 at the end of input).
    pub fn wait_readable(&self) -> Result<usize, ReadBlocked> {
        let me = self.side.index();
        let other = self.side.other().index();
        let mut state = self.lock();
        loop {
            // Once both waited, neither reads again (the other may already
            // have ended because of it).
            if state.deadlock {
                return Err(ReadBlocked::Deadlock);
            }
            if !state.written[other].is_empty() {
                return Ok(state.written[other].len());
            }
            if state.finished[other] {
                return Ok(0);
            }
            if state.reading[other] && state.written[me].is_empty() {
                state.deadlock = true;
                self.shared.changed.notify_all();
                return Err(ReadBlocked::Deadlock);
            }
            state.reading[me] = true;
            state = self.hand_over(state);
            state.reading[me] = false;
        }
    }

    /// Reads at most `max` bytes, waiting while the pipe is empty; an empty
    /// answer is the end of input.
    pub fn read(&self, max: usize) -> Result<Vec<u8>, ReadBlocked> {
        if max == 0 {
            return Ok(Vec::new());
        }
        self.wait_readable()?;
        let other = self.side.other().index();
        let mut state = self.lock();
        let n = state.written[other].len().min(max);
        Ok(state.written[other].drain(..n).collect())
    }

    /// Queues `data` for the other side; past [`PIPE_CAPACITY`] unread
    /// bytes the writer yields the turn until the reader has drained them
    /// or ended. Bytes written after the reader ended are dropped (a closed
    /// pipe), and the write still succeeds.
    pub fn write(&self, data: &[u8]) {
        let me = self.side.index();
        let other = self.side.other().index();
        let mut state = self.lock();
        if state.finished[other] || data.is_empty() {
            return;
        }
        state.written[me].extend(data);
        if state.written[me].len() >= PIPE_CAPACITY {
            drop(self.hand_over(state));
        }
    }

    /// This side ended: the other may run to its end.
    pub fn finish(&self) {
        let mut state = self.lock();
        let me = self.side.index();
        if state.finished[me] {
            return;
        }
        state.finished[me] = true;
        state.reading[me] = false;
        if state.first_finished.is_none() {
            state.first_finished = Some(self.side);
        }
        state.turn = self.side.other();
        self.shared.changed.notify_all();
    }

    /// The side that ended first, once one has.
    pub fn first_finished(&self) -> Option<Side> {
        self.lock().first_finished
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs two closures as the two sides, each holding the turn only
    /// between handoffs, and returns what each returned.
    fn run_pair<A: Send, B: Send>(
        first: Side,
        solution: impl FnOnce(&PipeEnd) -> A + Send,
        interactor: impl FnOnce(&PipeEnd) -> B + Send,
    ) -> (A, B, Option<Side>) {
        let (s, i) = pair(first);
        let (a, b) = std::thread::scope(|scope| {
            let a = scope.spawn(|| {
                s.start();
                let out = solution(&s);
                s.finish();
                out
            });
            let b = scope.spawn(|| {
                i.start();
                let out = interactor(&i);
                i.finish();
                out
            });
            (a.join().unwrap(), b.join().unwrap())
        });
        (a, b, s.first_finished())
    }

    #[test]
    fn a_question_and_its_answer_cross() {
        let (got, heard, first) = run_pair(
            Side::Interactor,
            |end| {
                let q = end.read(100).unwrap();
                end.write(b"answer\n");
                q
            },
            |end| {
                end.write(b"question\n");
                end.read(100).unwrap()
            },
        );
        assert_eq!(got, b"question\n");
        assert_eq!(heard, b"answer\n");
        assert_eq!(first, Some(Side::Solution));
    }

    #[test]
    fn both_waiting_to_read_is_a_deadlock_for_both() {
        let (a, b, _) = run_pair(Side::Solution, |end| end.read(10), |end| end.read(10));
        assert_eq!(a, Err(ReadBlocked::Deadlock));
        assert_eq!(b, Err(ReadBlocked::Deadlock));
    }

    #[test]
    fn a_side_that_ends_early_leaves_the_other_the_end_of_input() {
        let (a, b, first) = run_pair(
            Side::Solution,
            |_| (),
            |end| {
                end.write(b"lost");
                end.read(10)
            },
        );
        assert_eq!(a, ());
        assert_eq!(b, Ok(Vec::new()));
        assert_eq!(first, Some(Side::Solution));
    }

    #[test]
    fn a_flood_yields_to_the_reader_instead_of_failing() {
        let total = 10 * PIPE_CAPACITY + 7;
        let (_, read, _) = run_pair(
            Side::Solution,
            |end| {
                for _ in 0..total {
                    end.write(b"x");
                }
            },
            |end| {
                let mut read = 0;
                loop {
                    let got = end.read(1000).unwrap();
                    if got.is_empty() {
                        return read;
                    }
                    read += got.len();
                }
            },
        );
        assert_eq!(read, total);
    }

    /// Only the side holding the turn runs: the order of events is the same
    /// on every run.
    #[test]
    fn the_interleaving_is_the_same_every_time() {
        let trace = || {
            let log = Mutex::new(Vec::new());
            run_pair(
                Side::Interactor,
                |end| {
                    for _ in 0..50 {
                        let got = end.read(3).unwrap();
                        log.lock().unwrap().push(format!("s{}", got.len()));
                        end.write(b"ok\n");
                    }
                },
                |end| {
                    for i in 0..50 {
                        end.write(format!("{i}\n").as_bytes());
                        log.lock().unwrap().push(format!("i{i}"));
                        end.read(3).unwrap();
                    }
                },
            );
            log.into_inner().unwrap()
        };
        let first = trace();
        for _ in 0..5 {
            assert_eq!(trace(), first);
        }
    }
}
