//! Sequential specifications that concurrent histories are checked
//! against, named by a pack's `[checker] model`. Each state answers one
//! call at a time: its result and next state, or `None` when the call
//! would block there (a `dequeue` on an empty queue), so a blocking call
//! can only take effect where its semantics let it.

use std::collections::VecDeque;

use serde_json::Value;

/// A sequential model, as a pack names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// LeetCode 146: `get(key) -> int` (-1 when absent), `put(key, value)`,
    /// least recently used entry evicted beyond capacity.
    LruCache,
    /// LeetCode 1188: `enqueue(element)` blocks while full, `dequeue() ->
    /// int` blocks while empty, FIFO; `size() -> int`.
    BoundedBlockingQueue,
}

/// A model's state.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum State {
    /// Entries from least to most recently used.
    Lru {
        capacity: usize,
        entries: Vec<(i64, i64)>,
    },
    Queue {
        capacity: usize,
        items: VecDeque<i64>,
    },
}

impl Model {
    pub const NAMES: [&'static str; 2] = ["lru-cache", "bounded-blocking-queue"];

    pub fn parse(name: &str) -> Option<Model> {
        match name {
            "lru-cache" => Some(Model::LruCache),
            "bounded-blocking-queue" => Some(Model::BoundedBlockingQueue),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Model::LruCache => "lru-cache",
            Model::BoundedBlockingQueue => "bounded-blocking-queue",
        }
    }

    /// The methods (name, parameter count, returns a value) the model
    /// answers: a pack's signature must match them.
    pub fn methods(self) -> &'static [(&'static str, usize, bool)] {
        match self {
            Model::LruCache => &[("get", 1, true), ("put", 2, false)],
            Model::BoundedBlockingQueue => &[
                ("enqueue", 1, false),
                ("dequeue", 0, true),
                ("size", 0, true),
            ],
        }
    }

    /// The state right after the constructor.
    pub fn initial(self, constructor: &[Value]) -> Result<State, String> {
        let capacity = constructor
            .first()
            .and_then(Value::as_u64)
            .filter(|c| (1..=1_000_000).contains(c))
            .ok_or_else(|| format!("the {} model needs a capacity from 1 to 10^6", self.name()))?
            as usize;
        Ok(match self {
            Model::LruCache => State::Lru {
                capacity,
                entries: Vec::new(),
            },
            Model::BoundedBlockingQueue => State::Queue {
                capacity,
                items: VecDeque::new(),
            },
        })
    }
}

fn int(args: &[Value], i: usize) -> i64 {
    args.get(i).and_then(Value::as_i64).unwrap_or_default()
}

impl State {
    /// `method(args)` on this state: its result and the next state, or
    /// `None` when the call cannot take effect here (it would block, or
    /// the model has no such method).
    pub fn apply(&self, method: &str, args: &[Value]) -> Option<(Value, State)> {
        match self {
            State::Lru { capacity, entries } => {
                let key = int(args, 0);
                let found = entries.iter().position(|(k, _)| *k == key);
                let mut next = entries.clone();
                match method {
                    "get" => Some(match found {
                        Some(at) => {
                            let entry = next.remove(at);
                            next.push(entry);
                            (
                                Value::from(entry.1),
                                State::Lru {
                                    capacity: *capacity,
                                    entries: next,
                                },
                            )
                        }
                        None => (Value::from(-1), self.clone()),
                    }),
                    "put" => {
                        if let Some(at) = found {
                            next.remove(at);
                        } else if next.len() == *capacity {
                            next.remove(0);
                        }
                        next.push((key, int(args, 1)));
                        Some((
                            Value::Null,
                            State::Lru {
                                capacity: *capacity,
                                entries: next,
                            },
                        ))
                    }
                    _ => None,
                }
            }
            State::Queue { capacity, items } => match method {
                "enqueue" if items.len() < *capacity => {
                    let mut next = items.clone();
                    next.push_back(int(args, 0));
                    Some((
                        Value::Null,
                        State::Queue {
                            capacity: *capacity,
                            items: next,
                        },
                    ))
                }
                "dequeue" if !items.is_empty() => {
                    let mut next = items.clone();
                    let front = next.pop_front().unwrap_or_default();
                    Some((
                        Value::from(front),
                        State::Queue {
                            capacity: *capacity,
                            items: next,
                        },
                    ))
                }
                "size" => Some((Value::from(items.len()), self.clone())),
                _ => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lru_evicts_the_least_recently_used() {
        let s = Model::LruCache.initial(&[json!(2)]).unwrap();
        let (_, s) = s.apply("put", &[json!(1), json!(1)]).unwrap();
        let (_, s) = s.apply("put", &[json!(2), json!(2)]).unwrap();
        let (v, s) = s.apply("get", &[json!(1)]).unwrap();
        assert_eq!(v, json!(1));
        let (_, s) = s.apply("put", &[json!(3), json!(3)]).unwrap();
        assert_eq!(s.apply("get", &[json!(2)]).unwrap().0, json!(-1));
        assert_eq!(s.apply("get", &[json!(1)]).unwrap().0, json!(1));
    }

    #[test]
    fn queue_blocks_when_empty_or_full() {
        let s = Model::BoundedBlockingQueue.initial(&[json!(1)]).unwrap();
        assert!(s.apply("dequeue", &[]).is_none());
        let (_, s) = s.apply("enqueue", &[json!(4)]).unwrap();
        assert!(s.apply("enqueue", &[json!(5)]).is_none());
        assert_eq!(s.apply("size", &[]).unwrap().0, json!(1));
        assert_eq!(s.apply("dequeue", &[]).unwrap().0, json!(4));
        assert!(Model::LruCache.initial(&[json!(0)]).is_err());
    }
}
