//! Running a solution and an interactor together: two instances, each with
//! its own store, fuel and memory, on two host threads joined by the pipes
//! of `pipes.rs`. The solution's stdout is the interactor's stdin and the
//! other way round; only one of them runs at a time, so the same two
//! programs and inputs give the same interleaving and the same fuel on
//! every run. The interactor runs first (it usually opens the protocol).

use crate::pipes::{self, Side};
use crate::run::host_failure;
use crate::{GuestFiles, Outcome, Program, RunRequest};

/// What an interaction produced.
#[derive(Debug, Clone)]
pub struct Interaction {
    /// The solution's run; its `stdout` is everything it wrote to the
    /// interactor (up to its output cap).
    pub solution: Outcome,
    /// The interactor's run; its `stdout` is everything it wrote to the
    /// solution.
    pub interactor: Outcome,
    /// Which program ended first (Kattis lets an interactor that rejects
    /// first decide the verdict even when the solution then crashed).
    pub first_to_end: Option<Side>,
}

impl Program {
    /// Runs this program as the solution against `interactor`. The
    /// solution's `request.stdin` is ignored: its stdin is the interactor's
    /// output. The interactor also gets `interactor_files` (its arguments
    /// and directories), like a checker program.
    pub fn run_interactive(
        &self,
        request: &RunRequest<'_>,
        interactor: &Program,
        interactor_request: &RunRequest<'_>,
        interactor_files: &GuestFiles,
    ) -> Interaction {
        let (solution_end, interactor_end) = pipes::pair(Side::Interactor);
        let stack = self.runners.stack().max(interactor.runners.stack());
        let no_files = GuestFiles::default();
        let (solution, interactor) = std::thread::scope(|scope| {
            let interactor_thread = spawn_side(scope, "interactor", stack, || {
                interactor.run_here(interactor_request, interactor_files, Some(&interactor_end))
            });
            if interactor_thread.is_err() {
                interactor_end.finish();
            }
            let solution_thread = spawn_side(scope, "solution", stack, || {
                self.run_here(request, &no_files, Some(&solution_end))
            });
            if solution_thread.is_err() {
                solution_end.finish();
            }
            (
                joined(solution_thread, "solution"),
                joined(interactor_thread, "interactor"),
            )
        });
        Interaction {
            solution,
            interactor,
            first_to_end: solution_end.first_finished(),
        }
    }
}

/// Starts one side on a host thread with room for the wasm stack; a
/// panic in the run becomes a host error.
fn spawn_side<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    program: &'static str,
    stack: usize,
    run: impl FnOnce() -> Outcome + Send + 'scope,
) -> std::io::Result<std::thread::ScopedJoinHandle<'scope, Outcome>> {
    std::thread::Builder::new()
        .name(format!("sandbox-{program}"))
        .stack_size(stack)
        .spawn_scoped(scope, move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(run))
                .unwrap_or_else(|_| host_failure(format!("the {program} run panicked")))
        })
}

/// The outcome of one side's thread. A thread that could not start had
/// its side ended at once, so the other side saw the end of input.
fn joined(
    thread: std::io::Result<std::thread::ScopedJoinHandle<'_, Outcome>>,
    program: &str,
) -> Outcome {
    match thread {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| host_failure(format!("the {program} thread stopped"))),
        Err(e) => host_failure(format!("cannot start the {program} thread: {e}")),
    }
}
