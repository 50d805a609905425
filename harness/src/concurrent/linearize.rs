//! Linearizability: whether some sequential order of a history's calls,
//! consistent with their real-time order (a call that returned before
//! another began comes first), gives every call the result it returned,
//! under the sequential model. Wing & Gong's search with Lowe's
//! memoisation of (calls done, model state), bounded: a search that runs
//! out of budget says so instead of hanging.

use std::collections::HashSet;

use serde_json::Value;

use super::history::{Event, History};
use super::model::{Model, State};
use super::test_file::ConcurrentTest;

/// Search steps one history may take before the check gives up.
const BUDGET: usize = 200_000;

/// The result of checking one history.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    Linearizable,
    /// No order explains the history; the shortest failing prefix ends
    /// with the response at `event` (an index into the history's events).
    NotLinearizable {
        event: usize,
    },
    /// The search ran out of budget.
    Inconclusive,
}

/// One call of a history, its timing as event indices.
struct Op<'a> {
    method: &'a str,
    args: &'a [Value],
    invoked: usize,
    /// `None` while pending (no response yet): it may or may not have
    /// taken effect, with any result.
    responded: Option<(usize, &'a Value)>,
}

/// Checks a history against `model` started by the test's constructor.
pub fn check(model: Model, test: &ConcurrentTest, history: &History) -> Result<Finding, String> {
    let initial = model.initial(&test.constructor)?;
    match linearizable(&ops(test, history, usize::MAX), &initial) {
        Some(true) => return Ok(Finding::Linearizable),
        None => return Ok(Finding::Inconclusive),
        Some(false) => {}
    }
    // Blame the first response after which the history cannot be explained.
    for (at, event) in history.events.iter().enumerate() {
        if matches!(event, Event::Respond { .. })
            && linearizable(&ops(test, history, at), &initial) == Some(false)
        {
            return Ok(Finding::NotLinearizable { event: at });
        }
    }
    Ok(Finding::NotLinearizable {
        event: history.events.len().saturating_sub(1),
    })
}

/// The calls of `history` up to and including event `last`.
fn ops<'a>(test: &'a ConcurrentTest, history: &'a History, last: usize) -> Vec<Op<'a>> {
    let mut out: Vec<Op<'a>> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for (at, event) in history
        .events
        .iter()
        .enumerate()
        .take(last.saturating_add(1))
    {
        match event {
            Event::Invoke { thread, call } => {
                if let Some(c) = test.call(*thread, *call) {
                    index.insert((*thread, *call), out.len());
                    out.push(Op {
                        method: &c.method,
                        args: &c.args,
                        invoked: at,
                        responded: None,
                    });
                }
            }
            Event::Respond {
                thread,
                call,
                value,
            } => {
                if let Some(&i) = index.get(&(*thread, *call)) {
                    out[i].responded = Some((at, value));
                }
            }
        }
    }
    out
}

/// `Some(true)` when an order exists, `None` when the budget ran out.
fn linearizable(ops: &[Op<'_>], initial: &State) -> Option<bool> {
    if ops.len() > 64 {
        return None;
    }
    let done_mask: u64 = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| op.responded.is_some())
        .fold(0, |m, (i, _)| m | 1 << i);
    let mut search = Search {
        ops,
        done_mask,
        failed: HashSet::new(),
        steps: 0,
    };
    search.from(0, initial)
}

struct Search<'a, 'o> {
    ops: &'a [Op<'o>],
    /// The calls that must be placed (every completed one).
    done_mask: u64,
    /// (placed calls, state) pairs already known to lead nowhere.
    failed: HashSet<(u64, State)>,
    steps: usize,
}

impl Search<'_, '_> {
    fn from(&mut self, placed: u64, state: &State) -> Option<bool> {
        if placed & self.done_mask == self.done_mask {
            return Some(true);
        }
        if self.failed.contains(&(placed, state.clone())) {
            return Some(false);
        }
        self.steps += 1;
        if self.steps > BUDGET {
            return None;
        }
        // A call may go next if no unplaced call returned before it began.
        let first_response = self
            .ops
            .iter()
            .enumerate()
            .filter(|(i, _)| placed & (1 << i) == 0)
            .filter_map(|(_, op)| op.responded.map(|(at, _)| at))
            .min()
            .unwrap_or(usize::MAX);
        for (i, op) in self.ops.iter().enumerate() {
            if placed & (1 << i) != 0 || op.invoked > first_response {
                continue;
            }
            let Some((value, next)) = state.apply(op.method, op.args) else {
                continue;
            };
            if op.responded.is_some_and(|(_, got)| *got != value) {
                continue;
            }
            if self.from(placed | 1 << i, &next)? {
                return Some(true);
            }
        }
        self.failed.insert((placed, state.clone()));
        Some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::super::history::ScheduleEnd;
    use super::*;
    use crate::vectors::Call;
    use serde_json::json;

    fn call(method: &str, args: Vec<Value>) -> Call {
        Call {
            method: method.into(),
            args,
        }
    }

    fn history(events: Vec<Event>) -> History {
        History {
            schedule: 0,
            events,
            end: ScheduleEnd::Completed,
        }
    }

    fn inv(thread: usize, call: usize) -> Event {
        Event::Invoke { thread, call }
    }

    fn resp(thread: usize, call: usize, value: Value) -> Event {
        Event::Respond {
            thread,
            call,
            value,
        }
    }

    #[test]
    fn overlapping_calls_may_take_effect_in_either_order() {
        let test = ConcurrentTest {
            constructor: vec![json!(2)],
            threads: vec![
                vec![call("put", vec![json!(1), json!(5)])],
                vec![call("get", vec![json!(1)])],
            ],
        };
        // The get overlaps the put: -1 and 5 are both explainable.
        for seen in [json!(-1), json!(5)] {
            let h = history(vec![
                inv(0, 0),
                inv(1, 0),
                resp(1, 0, seen),
                resp(0, 0, json!(null)),
            ]);
            assert_eq!(
                check(Model::LruCache, &test, &h).unwrap(),
                Finding::Linearizable
            );
        }
        // A get that began after the put returned must see it.
        let h = history(vec![
            inv(0, 0),
            resp(0, 0, json!(null)),
            inv(1, 0),
            resp(1, 0, json!(-1)),
        ]);
        assert_eq!(
            check(Model::LruCache, &test, &h).unwrap(),
            Finding::NotLinearizable { event: 3 }
        );
    }

    #[test]
    fn a_lost_or_duplicated_element_is_caught() {
        let test = ConcurrentTest {
            constructor: vec![json!(2)],
            threads: vec![
                vec![
                    call("enqueue", vec![json!(1)]),
                    call("enqueue", vec![json!(2)]),
                ],
                vec![call("dequeue", vec![])],
                vec![call("dequeue", vec![])],
            ],
        };
        let h = history(vec![
            inv(0, 0),
            resp(0, 0, json!(null)),
            inv(0, 1),
            resp(0, 1, json!(null)),
            inv(1, 0),
            inv(2, 0),
            resp(1, 0, json!(1)),
            resp(2, 0, json!(1)),
        ]);
        assert_eq!(
            check(Model::BoundedBlockingQueue, &test, &h).unwrap(),
            Finding::NotLinearizable { event: 7 }
        );
        let h = history(vec![
            inv(1, 0),
            inv(0, 0),
            resp(0, 0, json!(null)),
            resp(1, 0, json!(1)),
            inv(0, 1),
            inv(2, 0),
            resp(0, 1, json!(null)),
            resp(2, 0, json!(2)),
        ]);
        assert_eq!(
            check(Model::BoundedBlockingQueue, &test, &h).unwrap(),
            Finding::Linearizable
        );
    }
}
