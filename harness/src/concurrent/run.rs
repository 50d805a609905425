//! Judging one concurrent test: one run of the driver explores every
//! schedule of the test (the same seed gives the same schedules), then
//! each history is checked in schedule order. The first schedule that
//! fails decides: a deadlock, a history no sequential order explains, or
//! the run stopping inside it (out of fuel: a goroutine that spins instead
//! of blocking; a crash).

use std::fmt::Write as _;

use sandbox::{Outcome, RunEnd};

use super::history::{self, Event, History, ScheduleEnd};
use super::linearize::{check, Finding};
use super::model::Model;
use super::test_file::ConcurrentTest;
use crate::judge::call_text;
use crate::verdict::Verdict;

/// A concurrent test's verdict, and what to tell the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    pub verdict: Verdict,
    pub message: Option<String>,
    /// Schedules whose history the check could not settle in its budget.
    pub inconclusive: u32,
}

/// Decides a concurrent test from its run. `schedules` is how many the
/// driver was asked to explore; `fuel_verdict` is the time or memory
/// verdict the run's end already implies, if any.
pub fn judge(
    model: Model,
    test: &ConcurrentTest,
    schedules: u32,
    outcome: &Outcome,
    fuel_verdict: Option<(Verdict, String)>,
    crash: Option<String>,
) -> Judged {
    let lengths: Vec<usize> = test.threads.iter().map(Vec::len).collect();
    let runs = match history::parse(&outcome.channel.bytes, &lengths) {
        Ok(runs) => runs,
        Err(message) => {
            return Judged {
                verdict: fuel_verdict.as_ref().map_or(Verdict::WrongAnswer, |f| f.0),
                message: Some(fuel_verdict.map_or(message, |f| f.1)),
                inconclusive: 0,
            }
        }
    };
    let mut inconclusive = 0;
    for history in &runs.schedules {
        let at = format!("schedule {} of {schedules}", history.schedule);
        match &history.end {
            ScheduleEnd::Deadlock(pending) => {
                let mut message =
                    format!("deadlock in {at}: every goroutine is blocked with calls pending");
                for (thread, call) in pending {
                    let text = test.call(*thread, *call).map(call_text).unwrap_or_default();
                    let _ = write!(
                        message,
                        "\n  thread {thread} waits in `{text}` (its call {})",
                        call + 1
                    );
                }
                let _ = write!(
                    message,
                    "\n  the calls until then:\n{}",
                    interleaving(test, history)
                );
                return failed(Verdict::RuntimeError, message, inconclusive);
            }
            ScheduleEnd::Cut => {
                let (verdict, why) = match (&fuel_verdict, &crash) {
                    (Some((verdict, why)), _) => (*verdict, why.clone()),
                    (None, Some(why)) => (Verdict::RuntimeError, why.clone()),
                    (None, None) => (
                        Verdict::RuntimeError,
                        "the program stopped before the schedule finished".to_string(),
                    ),
                };
                let hint = if verdict == Verdict::TimeLimitExceeded {
                    " (a goroutine that waits by spinning instead of blocking can spin forever: the judge's scheduler need not run the goroutine it waits for; block on a sync.Cond, a channel or a lock instead)"
                } else {
                    ""
                };
                let message = format!("{why}\nin {at}{hint}\n{}", interleaving(test, history));
                return failed(verdict, message, inconclusive);
            }
            ScheduleEnd::Completed => {}
        }
        match check(model, test, history) {
            Ok(Finding::Linearizable) => {}
            Ok(Finding::Inconclusive) => inconclusive += 1,
            Ok(Finding::NotLinearizable { event }) => {
                let blamed = match history.events.get(event) {
                    Some(Event::Respond {
                        thread,
                        call,
                        value,
                    }) => format!(
                        "thread {thread}'s `{}` returned {value}",
                        test.call(*thread, *call).map(call_text).unwrap_or_default()
                    ),
                    _ => "the calls returned results".to_string(),
                };
                let message = format!(
                    "{blamed} (step {}), which no sequential order of the calls could produce, in {at}:\n{}",
                    event + 1,
                    interleaving(test, history)
                );
                return failed(Verdict::WrongAnswer, message, inconclusive);
            }
            Err(message) => return failed(Verdict::InternalError, message, inconclusive),
        }
    }
    if let Some((verdict, why)) = fuel_verdict {
        return failed(verdict, why, inconclusive);
    }
    if let Some(why) = crash {
        return failed(Verdict::RuntimeError, why, inconclusive);
    }
    if !runs.ended || runs.schedules.len() != schedules as usize {
        let message = format!(
            "the program reported {} of {schedules} schedules{}",
            runs.schedules.len(),
            if runs.ended { "" } else { " and stopped" }
        );
        return failed(Verdict::RuntimeError, message, inconclusive);
    }
    Judged {
        verdict: Verdict::Accepted,
        message: (inconclusive > 0).then(|| {
            format!("{inconclusive} of {schedules} schedules were too long to check in the search budget")
        }),
        inconclusive,
    }
}

fn failed(verdict: Verdict, message: String, inconclusive: u32) -> Judged {
    Judged {
        verdict,
        message: Some(message),
        inconclusive,
    }
}

/// The history as the user reads it: one numbered line per event.
pub fn interleaving(test: &ConcurrentTest, history: &History) -> String {
    let mut out = String::new();
    for (step, event) in history.events.iter().enumerate() {
        let line = match event {
            Event::Invoke { thread, call } => format!(
                "thread {thread} calls    {}",
                test.call(*thread, *call).map(call_text).unwrap_or_default()
            ),
            Event::Respond {
                thread,
                call,
                value,
            } => format!(
                "thread {thread} returns  {} -> {value}",
                test.call(*thread, *call).map(call_text).unwrap_or_default()
            ),
        };
        let _ = writeln!(out, "  {:>3}. {line}", step + 1);
    }
    out.trim_end().to_string()
}

/// The verdict a run's end implies before any history is read: time and
/// memory limits; crashes are reported with the schedule they hit.
pub fn crash_of(end: &RunEnd, stderr: &[u8]) -> Option<String> {
    match end {
        RunEnd::Exited(0) => None,
        RunEnd::Exited(code) => Some(crate::judge::with_stderr(
            format!("the program exited with code {code}"),
            stderr,
        )),
        RunEnd::StackOverflow => Some("stack overflow (unbounded or too deep recursion)".into()),
        RunEnd::Trap { kind, .. } => Some(crate::judge::with_stderr(
            format!("runtime error: {kind}"),
            stderr,
        )),
        _ => None,
    }
}
