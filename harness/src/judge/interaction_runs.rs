//! Judging one test of an interactive problem: the solution and the pack's
//! interactor run together, joined by the sandbox's pipes, and the verdict
//! follows Kattis' rule (problemtools' `validate_interactive`): an
//! interactor that fails is the judge's error; an interactor that rejects
//! before the solution ended decides (WA, even if the solution then
//! crashed or ran out of time); otherwise a solution that crashed, ran out
//! of fuel or memory, or wrote past its limit gets that verdict; otherwise
//! the interactor's exit code decides (42 AC, 43 WA).

use std::sync::Arc;

use sandbox::{Interaction, Program, RunEnd, RunRequest, Side};

use super::{run_limits, solution_verdict, test_seed, Answers, Judge, TestResult};
use crate::checker::program::{CheckFiles, CheckerProgram, Decision};
use crate::fuel_limits;
use crate::language::Language;
use crate::pack::Pack;
use crate::vectors::truncate;
use crate::verdict::Verdict;

/// What the interactor sees of a test.
pub(super) struct TestFiles<'a> {
    pub input: &'a [u8],
    pub answer: &'a [u8],
}

/// How much an interactor may write to the solution before its run ends.
const INTERACTOR_OUTPUT_BYTES: u64 = 64 << 20;

impl Judge {
    /// Runs `program` against the pack's interactor on one test and fills
    /// in `result` (the fuel is the solution's own).
    pub(super) fn run_interaction(
        &self,
        pack: &Pack,
        program: &Program,
        interactor: &CheckerProgram,
        files: TestFiles<'_>,
        language: Language,
        result: &mut TestResult,
    ) {
        let built = match self.built_program(pack, interactor) {
            Ok(built) => built,
            Err(message) => {
                result.verdict = Some(Verdict::InternalError);
                result.message = Some(message);
                return;
            }
        };
        let user_limit = pack.user_fuel_limit(language);
        let cap = fuel_limits::total_fuel_cap(user_limit);
        let interactor_files = interactor.guest_files(&CheckFiles {
            input: Arc::from(files.input),
            answer: Arc::from(files.answer),
            output: Arc::from(&[][..]),
        });
        let interaction = program.run_interactive(
            &RunRequest {
                stdin: &[],
                seed: result.seed,
                limits: run_limits(&pack.limits, cap),
            },
            &built,
            &RunRequest {
                stdin: &[],
                seed: test_seed(self.options.seed, &format!("interactor:{}", result.name)),
                limits: interactor.limits(INTERACTOR_OUTPUT_BYTES),
            },
            &interactor_files,
        );
        let solution = &interaction.solution;
        result.fuel = solution.fuel_consumed;
        result.user_fuel = solution.fuel_consumed;
        result.memory_bytes = solution.peak_memory_bytes;
        result.wall = solution.wall_time.max(interaction.interactor.wall_time);
        if self.options.keep_answers {
            result.answers = Some(Answers::Stdout(solution.stdout.clone()));
        }
        let alone = solution_verdict(
            solution,
            solution.fuel_consumed,
            user_limit,
            cap,
            &pack.limits,
        );
        let (verdict, message) = decide(&interaction, interactor, alone);
        result.verdict = Some(verdict);
        result.message = message;
        if verdict != Verdict::Accepted {
            result.program_output = truncate(&String::from_utf8_lossy(&solution.stdout), 2000);
        }
    }
}

/// The verdict of an interaction from the interactor's decision and the
/// verdict the solution's run alone would get (`alone`).
fn decide(
    interaction: &Interaction,
    interactor: &CheckerProgram,
    alone: (Verdict, Option<String>),
) -> (Verdict, Option<String>) {
    if interaction.solution.end == RunEnd::WaitingForInput {
        // Both waited to read: the solution never got what it waited for.
        return alone;
    }
    let said = interactor.decide_as(&interaction.interactor, "interactor program");
    match said {
        Decision::Failed(message) => (Verdict::InternalError, Some(message)),
        Decision::Rejected(message) if interaction.first_to_end == Some(Side::Interactor) => {
            (Verdict::WrongAnswer, Some(message))
        }
        _ if alone.0 != Verdict::Accepted => alone,
        Decision::Rejected(message) => (Verdict::WrongAnswer, Some(message)),
        Decision::Accepted => (Verdict::Accepted, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sandbox::Outcome;

    fn outcome(end: RunEnd) -> Outcome {
        Outcome {
            end,
            stdout: Vec::new(),
            stderr: Vec::new(),
            channel: Default::default(),
            written: Vec::new(),
            fuel_consumed: 10,
            peak_memory_bytes: 0,
            wall_time: Default::default(),
        }
    }

    fn interactor() -> CheckerProgram {
        CheckerProgram {
            path: "interactor/interact.c".into(),
            language: Language::C,
            bytes: Vec::new(),
            headers: Vec::new(),
            interface: crate::checker::program::Interface::Kattis,
            flags: Vec::new(),
            fuel: 1,
            memory_mib: 1,
        }
    }

    fn verdict(solution: RunEnd, interactor_end: RunEnd, first: Side, alone: Verdict) -> Verdict {
        let interaction = Interaction {
            solution: outcome(solution),
            interactor: outcome(interactor_end),
            first_to_end: Some(first),
        };
        decide(&interaction, &interactor(), (alone, None)).0
    }

    #[test]
    fn kattis_rule_for_who_decides() {
        use Verdict::*;
        let crash = || RunEnd::Trap {
            kind: sandbox::TrapKind::Unreachable,
            message: String::new(),
        };
        // The interactor accepts a solution that ended well.
        assert_eq!(
            verdict(
                RunEnd::Exited(0),
                RunEnd::Exited(42),
                Side::Interactor,
                Accepted
            ),
            Accepted
        );
        // It rejected first: WA even though the solution then crashed.
        assert_eq!(
            verdict(crash(), RunEnd::Exited(43), Side::Interactor, RuntimeError),
            WrongAnswer
        );
        // The solution crashed first: RE, whatever the interactor said after.
        assert_eq!(
            verdict(crash(), RunEnd::Exited(43), Side::Solution, RuntimeError),
            RuntimeError
        );
        assert_eq!(
            verdict(
                RunEnd::OutOfFuel,
                RunEnd::Exited(43),
                Side::Solution,
                TimeLimitExceeded
            ),
            TimeLimitExceeded
        );
        // Accepted by the interactor, but the solution then crashed.
        assert_eq!(
            verdict(crash(), RunEnd::Exited(42), Side::Interactor, RuntimeError),
            RuntimeError
        );
        // A solution that stopped early is wrong when the interactor says so.
        assert_eq!(
            verdict(
                RunEnd::Exited(0),
                RunEnd::Exited(43),
                Side::Solution,
                Accepted
            ),
            WrongAnswer
        );
        // A failing interactor is the judge's error, even before a crash.
        assert_eq!(
            verdict(crash(), RunEnd::OutOfFuel, Side::Interactor, RuntimeError),
            InternalError
        );
        assert_eq!(
            verdict(
                RunEnd::Exited(0),
                RunEnd::Exited(3),
                Side::Solution,
                Accepted
            ),
            InternalError
        );
        // Both waiting to read: the solution's time ran out waiting.
        assert_eq!(
            verdict(
                RunEnd::WaitingForInput,
                RunEnd::WaitingForInput,
                Side::Solution,
                TimeLimitExceeded
            ),
            TimeLimitExceeded
        );
    }
}
