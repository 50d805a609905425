//! Reading a concurrent driver's result channel back (docs/protocol.md):
//! per schedule, the global order of invocations and responses, and how
//! the schedule ended. Everything here is guest output, so every line is
//! checked and a bad one is an error, never a panic.

use serde_json::Value;

/// One record of a schedule, in the global order the driver saw.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Thread `thread` began its call number `call`.
    Invoke { thread: usize, call: usize },
    /// That call returned `value` (`null` for void).
    Respond {
        thread: usize,
        call: usize,
        value: Value,
    },
}

/// How a schedule ended.
#[derive(Debug, Clone, PartialEq)]
pub enum ScheduleEnd {
    /// Every thread made every call.
    Completed,
    /// Every goroutine was blocked: each thread's pending `(thread, call)`.
    Deadlock(Vec<(usize, usize)>),
    /// The run stopped inside the schedule (a crash, or out of fuel).
    Cut,
}

/// One explored schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub schedule: u32,
    pub events: Vec<Event>,
    pub end: ScheduleEnd,
}

/// Every schedule a run reported, and whether it wrote its end marker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunHistories {
    pub schedules: Vec<History>,
    pub ended: bool,
}

fn number(word: Option<&str>, limit: usize) -> Option<usize> {
    word?.parse::<usize>().ok().filter(|n| *n < limit)
}

/// Parses the channel of a run of a test with `threads` threads of the
/// given lengths.
pub fn parse(channel: &[u8], threads: &[usize]) -> Result<RunHistories, String> {
    let text =
        std::str::from_utf8(channel).map_err(|_| "the result channel is not UTF-8".to_string())?;
    let mut out = RunHistories::default();
    let mut open = false;
    let bad = |n: usize, line: &str| {
        format!(
            "result record {} is not a concurrent event: {}",
            n + 1,
            crate::vectors::truncate(line, 80)
        )
    };
    let max_threads = threads.len();
    let call_of = |t: usize, word: Option<&str>| number(word, threads[t]);
    for (n, line) in text.lines().enumerate() {
        let mut words = line.splitn(4, ' ');
        let tag = words.next().unwrap_or("");
        if tag == "#end" {
            out.ended = true;
            break;
        }
        if tag == "s" {
            if open {
                return Err(bad(n, line));
            }
            let schedule = words
                .next()
                .and_then(|w| w.parse::<u32>().ok())
                .ok_or_else(|| bad(n, line))?;
            out.schedules.push(History {
                schedule,
                events: Vec::new(),
                end: ScheduleEnd::Cut,
            });
            open = true;
            continue;
        }
        let current = match out.schedules.last_mut() {
            Some(h) if open => h,
            _ => return Err(bad(n, line)),
        };
        match tag {
            "i" | "r" | "p" => {
                let thread = number(words.next(), max_threads).ok_or_else(|| bad(n, line))?;
                let call = call_of(thread, words.next()).ok_or_else(|| bad(n, line))?;
                match tag {
                    "i" => current.events.push(Event::Invoke { thread, call }),
                    "r" => {
                        let value = words
                            .next()
                            .and_then(|w| serde_json::from_str(w).ok())
                            .ok_or_else(|| bad(n, line))?;
                        current.events.push(Event::Respond {
                            thread,
                            call,
                            value,
                        });
                    }
                    _ => match &mut current.end {
                        ScheduleEnd::Deadlock(pending) => pending.push((thread, call)),
                        _ => return Err(bad(n, line)),
                    },
                }
            }
            "e" => {
                current.end = ScheduleEnd::Completed;
                open = false;
            }
            "d" => current.end = ScheduleEnd::Deadlock(Vec::new()),
            _ => return Err(bad(n, line)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_events_and_deadlocks_are_read() {
        let channel = b"s 0\ni 0 0\ni 1 0\nr 1 0 -1\nr 0 0 null\ne\ns 1\ni 0 0\nd\np 0 0\n";
        let runs = parse(channel, &[1, 1]).unwrap();
        assert_eq!(runs.schedules.len(), 2);
        assert_eq!(runs.schedules[0].end, ScheduleEnd::Completed);
        assert_eq!(
            runs.schedules[0].events[2],
            Event::Respond {
                thread: 1,
                call: 0,
                value: Value::from(-1)
            }
        );
        assert_eq!(runs.schedules[1].end, ScheduleEnd::Deadlock(vec![(0, 0)]));
        assert!(!runs.ended);
    }

    #[test]
    fn forged_records_are_errors() {
        for bad in [
            &b"i 0 0\n"[..],
            b"s 0\ni 5 0\n",
            b"s 0\ni 0 9\n",
            b"s 0\nr 0 0 {\n",
            b"s 0\nzz\n",
            b"s 0\np 0 0\n",
        ] {
            assert!(
                parse(bad, &[1, 1]).is_err(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
