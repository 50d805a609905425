//! Host threads with room for the WebAssembly stack. wasmtime runs guest
//! code on the calling thread, so a guest allowed a 16 MiB wasm stack needs
//! a host thread with more than that; the main thread and default Rust
//! threads have less. Spawning such a thread per run costs more than the run
//! itself, so runs go to long-lived runner threads instead, and run inline
//! when the caller already is one.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

thread_local! {
    /// The stack size of this thread if it is a runner thread, else 0.
    static RUNNER_STACK: Cell<usize> = const { Cell::new(0) };
}

/// Marks the current thread as a runner with `stack` bytes of host stack.
pub fn mark(stack: usize) {
    RUNNER_STACK.with(|s| s.set(stack));
}

/// Whether the current thread can run a guest needing `stack` bytes inline.
pub fn is_runner_with(stack: usize) -> bool {
    RUNNER_STACK.with(|s| s.get() >= stack)
}

type Job = Box<dyn FnOnce() + Send>;

/// A growable pool of runner threads: a job never waits for a busy thread,
/// because a new one is started when none is idle.
pub struct RunnerPool {
    sender: Mutex<Sender<Job>>,
    receiver: Arc<Mutex<Receiver<Job>>>,
    idle: Arc<AtomicUsize>,
    stack: usize,
}

impl RunnerPool {
    /// Runner threads get `stack` bytes of host stack.
    pub fn new(stack: usize) -> RunnerPool {
        let (sender, receiver) = channel();
        RunnerPool {
            sender: Mutex::new(sender),
            receiver: Arc::new(Mutex::new(receiver)),
            idle: Arc::new(AtomicUsize::new(0)),
            stack,
        }
    }

    pub fn stack(&self) -> usize {
        self.stack
    }

    /// Runs `job` on a runner thread.
    pub fn execute(&self, job: Job) -> Result<(), String> {
        if self.idle.load(Ordering::Acquire) == 0 {
            self.spawn_worker()?;
        }
        let sender = self.sender.lock().map_err(|_| "runner pool poisoned")?;
        sender
            .send(job)
            .map_err(|_| "runner pool closed".to_string())
    }

    fn spawn_worker(&self) -> Result<(), String> {
        let receiver = self.receiver.clone();
        let idle = self.idle.clone();
        let stack = self.stack;
        idle.fetch_add(1, Ordering::AcqRel);
        let spawned = std::thread::Builder::new()
            .name("sandbox-runner".into())
            .stack_size(stack)
            .spawn(move || {
                mark(stack);
                loop {
                    let job = match receiver.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok(job) = job else { break };
                    idle.fetch_sub(1, Ordering::AcqRel);
                    job();
                    idle.fetch_add(1, Ordering::AcqRel);
                }
            });
        spawned.map(|_| ()).map_err(|e| {
            self.idle.fetch_sub(1, Ordering::AcqRel);
            format!("cannot start a runner thread: {e}")
        })
    }
}
