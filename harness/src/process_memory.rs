//! The judge process's heap: large freed buffers go back to the kernel.
//! glibc's malloc raises its mmap threshold every time it frees a large
//! block (up to 32 MiB); from then on blocks of that size come from its
//! arenas (one per runner thread), which keep freed memory. A submit's
//! large tests allocate megabytes each (result channel, output, stdin), so
//! that memory stayed resident after each test: 30 of the 103 MiB peak of
//! an lru-cache submit. A fixed threshold keeps blocks of 128 KiB and more
//! in their own mappings, returned when freed. The binary sets it once at
//! start; it changes where memory comes from, never what the judge does.

/// Blocks this large or larger get their own mapping (glibc's default).
const MMAP_THRESHOLD: i32 = 128 << 10;

/// Fixes malloc's mmap threshold (glibc on Linux; elsewhere nothing to do).
/// Returns whether the setting was applied.
pub fn return_large_frees() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `mallopt` only changes allocator parameters; any value is
        // accepted or refused (returning 0), never undefined behaviour.
        #[allow(unsafe_code)]
        let applied = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD) };
        applied == 1
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
    fn the_threshold_is_applied_on_glibc() {
        assert!(return_large_frees());
        // A large block still allocates, fills and frees.
        let block = vec![7u8; 4 << 20];
        assert_eq!(
            block.iter().map(|&b| u64::from(b)).sum::<u64>(),
            7 * (4 << 20)
        );
    }
}
