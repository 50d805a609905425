//! The guest's output streams: bounded buffers whose capacity never exceeds
//! their cap, so a guest's writes cannot make the host allocate more than the
//! limits allow. Adding a stream is one arm in [`Guest::output`].

use super::Guest;

/// One writable stream of a run: its buffer and its cap in bytes.
pub struct OutputStream<'a> {
    bytes: &'a mut Vec<u8>,
    cap: u64,
}

impl Guest {
    /// The output stream behind a WASI file descriptor, if it is one.
    pub fn output(&mut self, fd: u32) -> Option<OutputStream<'_>> {
        match fd {
            1 => Some(OutputStream {
                bytes: &mut self.stdout,
                cap: self.stdout_cap,
            }),
            2 => Some(OutputStream {
                bytes: &mut self.stderr,
                cap: self.stderr_cap,
            }),
            _ => None,
        }
    }
}

impl OutputStream<'_> {
    /// Appends as much of `data` as the cap allows; false when `data` did not
    /// fit (the run then ends at its output limit).
    pub fn push(&mut self, data: &[u8]) -> bool {
        let room = self.cap.saturating_sub(self.bytes.len() as u64);
        let fits = data.len() as u64 <= room;
        let take = if fits { data.len() } else { room as usize };
        let needed = self.bytes.len() + take;
        if needed > self.bytes.capacity() {
            // Grow geometrically, but never past the cap.
            let target = (self.bytes.capacity() * 2)
                .max(needed)
                .min(self.cap as usize);
            self.bytes
                .reserve_exact(target.max(needed) - self.bytes.len());
        }
        self.bytes.extend_from_slice(&data[..take]);
        fits
    }
}
