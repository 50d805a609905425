//! How many compiles may run at once: each may use its whole memory
//! budget, so `judge check --jobs N` must not run more compiles than the
//! machine's memory holds budgets (N workers still judge in parallel; they
//! only wait for a compile slot).

use std::sync::{Condvar, Mutex, OnceLock};

struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

static SLOTS: OnceLock<Slots> = OnceLock::new();

/// A held compile slot; released on drop.
pub struct Slot(&'static Slots);

/// Waits for a compile slot. The number of slots is fixed by the first
/// call: the machine's memory over `budget` (at least one).
pub fn acquire(budget: u64) -> Slot {
    let slots = SLOTS.get_or_init(|| {
        let count = count_for(machine_memory(), budget);
        tracing::debug!(count, budget, "compile slots");
        Slots {
            free: Mutex::new(count),
            freed: Condvar::new(),
        }
    });
    let mut free = slots.free.lock().unwrap_or_else(|e| e.into_inner());
    while *free == 0 {
        free = slots.freed.wait(free).unwrap_or_else(|e| e.into_inner());
    }
    *free -= 1;
    Slot(slots)
}

impl Drop for Slot {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.0.freed.notify_one();
    }
}

/// Budgets that fit in `memory` bytes, keeping one budget's worth for the
/// judge itself and everything else; at least one.
fn count_for(memory: Option<u64>, budget: u64) -> usize {
    match memory {
        Some(memory) if budget > 0 => ((memory / budget).saturating_sub(1) as usize).max(1),
        _ => 1,
    }
}

/// Physical memory (`MemTotal` of /proc/meminfo), in bytes.
fn machine_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_ascii_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_fit_budgets_in_memory() {
        assert_eq!(count_for(Some(24 << 30), 2 << 30), 11);
        assert_eq!(count_for(Some(3 << 30), 2 << 30), 1);
        assert_eq!(count_for(None, 2 << 30), 1);
        assert!(machine_memory().is_some());
    }
}
