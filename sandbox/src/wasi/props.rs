//! Property tests of the WASI host functions: each one, called with arbitrary
//! arguments on arbitrary guest memory and state, must answer (an errno or a
//! stop) without panicking, spend fuel for its work and never more than it
//! had, keep the guest's output within its caps, and allocate no more on the
//! host than those caps allow, whatever count or size the guest passes.

use std::alloc::System;

use proptest::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

use super::calls::{Answer, Call};
use super::{costs, Guest, Stop};
use crate::Limits;

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const STDOUT_CAP: u64 = 4096;
const STDERR_CAP: u64 = 1024;
/// Host bytes a call may allocate besides its output (other tests of this
/// binary may allocate at the same time).
const ALLOCATION_SLACK: usize = 256 << 10;

/// One call of a WASI function with its arguments.
#[derive(Debug, Clone)]
enum Op {
    FdWrite(u32, u32, u32, u32),
    FdRead(u32, u32, u32, u32),
    Sizes(u32, u32, bool),
    ArgsGet(u32, u32),
    ClockTimeGet(u32, u32),
    ClockResGet(u32, u32),
    RandomGet(u32, u32),
    FdFdstatGet(u32, u32),
    FdFilestatGet(u32, u32),
    StdStreamOnly(u32),
    Constant,
    Denied,
    PollOneoff(u32, u32, u32, u32),
}

impl Op {
    fn apply(&self, call: &mut Call<'_>) -> Answer {
        match *self {
            Op::FdWrite(a, b, c, d) => call.fd_write(a, b, c, d),
            Op::FdRead(a, b, c, d) => call.fd_read(a, b, c, d),
            Op::Sizes(a, b, argv) => call.sizes(a, b, argv),
            Op::ArgsGet(a, b) => call.args_get(a, b),
            Op::ClockTimeGet(a, b) => call.clock_time_get(a, b),
            Op::ClockResGet(a, b) => call.clock_res_get(a, b),
            Op::RandomGet(a, b) => call.random_get(a, b),
            Op::FdFdstatGet(a, b) => call.fd_fdstat_get(a, b),
            Op::FdFilestatGet(a, b) => call.fd_filestat_get(a, b),
            Op::StdStreamOnly(a) => call.std_stream_only(a),
            Op::Constant => call.constant(0),
            Op::Denied => call.denied(76),
            Op::PollOneoff(a, b, c, d) => call.poll_oneoff(a, b, c, d),
        }
    }
}

/// A guest number: usually small (in bounds of a small memory, a small fd
/// or count), often hostile.
fn number() -> impl Strategy<Value = u32> {
    prop_oneof![
        4 => 0u32..64,
        4 => 0u32..9000,
        2 => any::<u32>(),
        1 => (0u32..64).prop_map(|k| u32::MAX - k),
        1 => (0u32..64).prop_map(|k| (i32::MAX as u32) - k),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let n = number;
    prop_oneof![
        (n(), n(), n(), n()).prop_map(|(a, b, c, d)| Op::FdWrite(a, b, c, d)),
        (n(), n(), n(), n()).prop_map(|(a, b, c, d)| Op::FdRead(a, b, c, d)),
        (n(), n(), any::<bool>()).prop_map(|(a, b, argv)| Op::Sizes(a, b, argv)),
        (n(), n()).prop_map(|(a, b)| Op::ArgsGet(a, b)),
        (n(), n()).prop_map(|(a, b)| Op::ClockTimeGet(a, b)),
        (n(), n()).prop_map(|(a, b)| Op::ClockResGet(a, b)),
        (n(), n()).prop_map(|(a, b)| Op::RandomGet(a, b)),
        (n(), n()).prop_map(|(a, b)| Op::FdFdstatGet(a, b)),
        (n(), n()).prop_map(|(a, b)| Op::FdFilestatGet(a, b)),
        n().prop_map(Op::StdStreamOnly),
        Just(Op::Constant),
        Just(Op::Denied),
        (n(), n(), n(), n()).prop_map(|(a, b, c, d)| Op::PollOneoff(a, b, c, d)),
    ]
}

/// Guest memory of up to 8 KiB made of little-endian words that are mostly
/// plausible pointers and lengths, so that iovec and subscription arrays are
/// sometimes valid and often hostile.
fn memory() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(number(), 0..2048)
        .prop_map(|words| words.iter().flat_map(|w| w.to_le_bytes()).collect())
}

/// Guest state: stdin, how far it was read (possibly past its end), output
/// already written (possibly up to the caps), RNG seed and virtual clock.
#[derive(Debug, Clone)]
struct State {
    stdin: Vec<u8>,
    stdin_pos: usize,
    stdout_len: u64,
    stderr_len: u64,
    seed: u64,
    clock_ns: u64,
}

fn state() -> impl Strategy<Value = State> {
    (
        proptest::collection::vec(any::<u8>(), 0..512),
        0usize..600,
        0u64..=STDOUT_CAP,
        0u64..=STDERR_CAP,
        any::<u64>(),
        any::<u64>(),
    )
        .prop_map(
            |(stdin, stdin_pos, stdout_len, stderr_len, seed, clock_ns)| State {
                stdin,
                stdin_pos,
                stdout_len,
                stderr_len,
                seed,
                clock_ns,
            },
        )
}

impl State {
    fn guest(&self) -> Guest {
        let limits = Limits {
            fuel: 0,
            memory_bytes: 1 << 20,
            stdout_bytes: STDOUT_CAP,
            stderr_bytes: STDERR_CAP,
            ..Limits::default()
        };
        let rng = ChaCha8Rng::seed_from_u64(self.seed);
        let mut guest = Guest::new(self.stdin.clone(), rng, &limits);
        guest.stdin_pos = self.stdin_pos;
        guest.stdout = vec![b'o'; self.stdout_len as usize];
        guest.stderr = vec![b'e'; self.stderr_len as usize];
        guest.clock_ns = self.clock_ns;
        guest
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 4000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_call_answers_within_its_fuel_and_bounds(
        ops in proptest::collection::vec(op(), 1..4),
        mut mem in memory(),
        state in state(),
        fuel in prop_oneof![0u64..1_000, 0u64..10_000_000, Just(u64::MAX)],
    ) {
        let mem_len = mem.len();
        let mut guest = state.guest();
        let region = Region::new(ALLOCATOR);
        let mut call = Call { mem: &mut mem, guest: &mut guest, fuel };
        for op in &ops {
            let before = call.fuel;
            let answer = op.apply(&mut call);
            let allocated = region.change().bytes_allocated;
            let output_caps = 2 * (STDOUT_CAP + STDERR_CAP) as usize;
            prop_assert!(
                allocated <= output_caps + ALLOCATION_SLACK,
                "{op:?} allocated {allocated} bytes"
            );
            prop_assert!(call.fuel <= before, "{op:?} gave fuel back");
            match answer {
                Ok(errno) => {
                    prop_assert!((0..=76).contains(&errno), "{op:?} answered {errno}");
                    prop_assert!(before - call.fuel >= costs::CALL, "{op:?} was free");
                }
                Err(Stop::OutOfFuel) => prop_assert_eq!(call.fuel, 0),
                Err(Stop::OutputLimit) => {}
                Err(Stop::Exit(code)) => prop_assert!(false, "{op:?} exited with {code}"),
                Err(Stop::WaitingForInput) => prop_assert!(false, "{op:?} waited without a pipe"),
            }
            prop_assert!(call.guest.stdout.capacity() as u64 <= STDOUT_CAP);
            prop_assert!(call.guest.stderr.capacity() as u64 <= STDERR_CAP);
            prop_assert!(call.guest.stdout.len() as u64 <= STDOUT_CAP);
            prop_assert!(call.guest.stderr.len() as u64 <= STDERR_CAP);
            prop_assert_eq!(call.mem.len(), mem_len);
            if answer.is_err() {
                break;
            }
        }
    }
}
