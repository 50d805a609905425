//! Running a loaded program once: a fresh store with its limits, stdin and
//! seed, `_start` called on a host thread with room for the wasm stack, and
//! the way it ended classified as exit, trap, limit or host error.

use std::time::Instant;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use wasmtime::{Extern, Store, Trap};

use crate::engine::{Program, EPOCH_TICK};
use crate::outcome::{Outcome, RunEnd, TrapKind};
use crate::pipes::PipeEnd;
use crate::wasi::{Guest, Stop};
use crate::{GuestFiles, Limits};

/// One run's input.
#[derive(Debug, Clone, Copy)]
pub struct RunRequest<'a> {
    /// The guest's stdin.
    pub stdin: &'a [u8],
    /// Seeds `random_get`; the same seed gives the same bytes.
    pub seed: u64,
    pub limits: Limits,
}

impl Program {
    /// Runs `_start` once. Never panics on guest behaviour: every way a run
    /// can end is an [`Outcome`].
    pub fn run(&self, request: &RunRequest<'_>) -> Outcome {
        self.run_with(request, &GuestFiles::default())
    }

    /// Runs `_start` once with arguments and in-memory directories: what a
    /// checker or interactor program sees. The files it wrote in writable
    /// directories come back in [`Outcome::written`].
    pub fn run_with(&self, request: &RunRequest<'_>, files: &GuestFiles) -> Outcome {
        if crate::runner::is_runner_with(self.runners.stack()) {
            return self.run_here(request, files, None);
        }
        let files = files.clone();
        let program = self.clone();
        let stdin = request.stdin.to_vec();
        let (seed, limits) = (request.seed, request.limits);
        let (reply, answer) = std::sync::mpsc::sync_channel(1);
        let job = Box::new(move || {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                program.run_owned(stdin, seed, limits, &files, None)
            }))
            .unwrap_or_else(|_| host_failure("the run panicked".into()));
            let _ = reply.send(outcome);
        });
        if let Err(message) = self.runners.execute(job) {
            return host_failure(message);
        }
        answer
            .recv()
            .unwrap_or_else(|_| host_failure("the runner thread stopped".into()))
    }

    /// Runs on this thread; with `pipe`, as one side of an interaction:
    /// it waits for its turn first and ends its side however it ends.
    pub(crate) fn run_here(
        &self,
        request: &RunRequest<'_>,
        files: &GuestFiles,
        pipe: Option<&PipeEnd>,
    ) -> Outcome {
        let stdin = request.stdin.to_vec();
        self.run_owned(stdin, request.seed, request.limits, files, pipe)
    }

    /// [`Self::run_here`] with the guest's stdin already copied out of the
    /// caller's buffer: a large test's input is copied once per run.
    fn run_owned(
        &self,
        stdin: Vec<u8>,
        seed: u64,
        limits: Limits,
        files: &GuestFiles,
        pipe: Option<&PipeEnd>,
    ) -> Outcome {
        let _ended = pipe.map(|pipe| {
            pipe.start();
            EndsSide(pipe)
        });
        let started = Instant::now();
        let pre = match &self.pre {
            Some(pre) if self.initial_memory_bytes <= limits.memory_bytes => pre,
            _ => {
                return Outcome {
                    end: RunEnd::MemoryLimit,
                    stdout: Vec::new(),
                    stderr: Vec::new(),
                    channel: Default::default(),
                    written: Vec::new(),
                    fuel_consumed: 0,
                    peak_memory_bytes: self.initial_memory_bytes,
                    wall_time: started.elapsed(),
                }
            }
        };
        let engine = pre.module().engine();
        let mut guest =
            Guest::new(stdin, ChaCha8Rng::seed_from_u64(seed), &limits).with_files(files);
        guest.pipe = pipe.cloned();
        let mut store = Store::new(engine, guest);
        store.limiter(|guest| &mut guest.limiter);
        if let Err(e) = store.set_fuel(limits.fuel) {
            return host_failure(format!("cannot set fuel: {e:#}"));
        }
        let backstop = self.backstop_ticks();
        store.set_epoch_deadline(backstop);
        store.epoch_deadline_trap();

        let mut memory = None;
        let result = pre.instantiate(&mut store).and_then(|instance| {
            memory = match instance.get_export(&mut store, "memory") {
                Some(Extern::Memory(m)) => Some(m),
                _ => None,
            };
            let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
            start.call(&mut store, ())
        });

        let fuel_left = store.get_fuel().unwrap_or(0);
        let final_memory = memory.map(|m| m.data_size(&store) as u64).unwrap_or(0);
        let guest = store.into_data();
        let end = classify(result, guest.limiter.refused);
        Outcome {
            end,
            stdout: guest.stdout,
            stderr: guest.stderr,
            channel: guest.channel,
            written: guest.files.map(|f| f.written()).unwrap_or_default(),
            fuel_consumed: limits.fuel.saturating_sub(fuel_left),
            peak_memory_bytes: guest.limiter.peak.max(final_memory),
            wall_time: started.elapsed(),
        }
    }

    fn backstop_ticks(&self) -> u64 {
        let backstop = self.backstop;
        (backstop.as_millis() / EPOCH_TICK.as_millis()).max(1) as u64
    }
}

/// Ends a side of an interaction when its run ends, panics included, so
/// the other side is never left waiting for it.
struct EndsSide<'a>(&'a PipeEnd);

impl Drop for EndsSide<'_> {
    fn drop(&mut self) {
        self.0.finish();
    }
}

pub(crate) fn host_failure(message: String) -> Outcome {
    Outcome {
        end: RunEnd::HostError(message),
        stdout: Vec::new(),
        stderr: Vec::new(),
        channel: Default::default(),
        written: Vec::new(),
        fuel_consumed: 0,
        peak_memory_bytes: 0,
        wall_time: Default::default(),
    }
}

/// Decides how a run ended from what `_start` returned.
fn classify(result: wasmtime::Result<()>, memory_refused: bool) -> RunEnd {
    let error = match result {
        Ok(()) => return RunEnd::Exited(0),
        Err(error) => error,
    };
    if let Some(stop) = error.downcast_ref::<Stop>() {
        return match stop {
            Stop::Exit(code) if *code != 0 && memory_refused => RunEnd::MemoryLimit,
            Stop::Exit(code) => RunEnd::Exited(*code),
            Stop::OutputLimit => RunEnd::OutputLimit,
            Stop::OutOfFuel => RunEnd::OutOfFuel,
            Stop::WaitingForInput => RunEnd::WaitingForInput,
        };
    }
    if let Some(trap) = error.downcast_ref::<Trap>() {
        let kind = match trap {
            Trap::OutOfFuel => return RunEnd::OutOfFuel,
            Trap::StackOverflow => return RunEnd::StackOverflow,
            Trap::Interrupt => return RunEnd::WallClock,
            _ if memory_refused => return RunEnd::MemoryLimit,
            Trap::UnreachableCodeReached => TrapKind::Unreachable,
            Trap::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
            Trap::IntegerDivisionByZero => TrapKind::IntegerDivisionByZero,
            Trap::IntegerOverflow => TrapKind::IntegerOverflow,
            Trap::BadConversionToInteger => TrapKind::BadConversionToInteger,
            Trap::IndirectCallToNull => TrapKind::IndirectCallToNull,
            Trap::BadSignature => TrapKind::BadSignature,
            Trap::TableOutOfBounds => TrapKind::TableOutOfBounds,
            _ => TrapKind::Other,
        };
        return RunEnd::Trap {
            kind,
            message: trap.to_string(),
        };
    }
    if memory_refused {
        return RunEnd::MemoryLimit;
    }
    RunEnd::HostError(format!("{error:#}"))
}
