//! The judge process's heap: one malloc arena whose large freed blocks are
//! kept for the next test instead of going back to the kernel.
//!
//! A submit's tests each allocate megabytes (stdin, the result channel and
//! its write records, decoded results), free them, and the next test
//! allocates the same again. glibc's defaults serve that badly both ways:
//! its moving mmap threshold let every runner thread's arena keep its own
//! freed blocks (30 of the 103 MiB peak of an lru-cache submit), and a
//! fixed low threshold gave every large block its own mapping, so each
//! test faulted its buffers in zeroed and unmapped them after (a third of
//! a cached lru-cache re-judge's CPU samples were those page faults and
//! `munmap`, issue 13). One arena shared by every thread, blocks up to
//! 64 MiB from it and up to 64 MiB of free space kept at its top, lets the
//! next test reuse the last one's pages: the peak stays what one test's
//! buffers need. The binary sets this once at start; it changes where
//! memory comes from, never what the judge does.

/// Blocks this large or larger get their own mapping.
const MMAP_THRESHOLD: i32 = 64 << 20;
/// Free memory kept at the top of the heap before it is given back.
const TRIM_THRESHOLD: i32 = 64 << 20;
/// One arena for every thread, so a block freed by one runner thread is
/// reused by the next test whichever thread runs it.
const ARENAS: i32 = 1;

/// Sets malloc's arena count and thresholds (glibc on Linux; elsewhere
/// nothing to do). Returns whether every setting was applied.
pub fn reuse_large_frees() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let settings = [
            (libc::M_ARENA_MAX, ARENAS),
            (libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD),
            (libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD),
        ];
        // Every setting is tried, whether or not an earlier one applied.
        let applied = settings.map(|(param, value)| {
            // SAFETY: `mallopt` only changes allocator parameters; any value
            // is accepted or refused (returning 0), never undefined behaviour.
            #[allow(unsafe_code)]
            let applied = unsafe { libc::mallopt(param, value) };
            applied == 1
        });
        applied.iter().all(|&ok| ok)
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn the_settings_are_applied_on_glibc() {
        assert!(reuse_large_frees());
        // Large blocks still allocate, fill and free, from any thread.
        let sums: Vec<u64> = (0..2)
            .map(|_| std::thread::spawn(|| vec![7u8; 4 << 20].iter().map(|&b| u64::from(b)).sum()))
            .map(|t| t.join().unwrap())
            .collect();
        assert_eq!(sums, vec![7 * (4 << 20); 2]);
    }
}
