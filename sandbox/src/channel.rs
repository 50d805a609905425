//! The result channel: a write-only stream on file descriptor 3 that only
//! the sandbox provides, so a judged program's results travel apart from
//! its own prints on stdout and stderr. The sandbox records the fuel
//! consumed at every write, which lets the caller tell how much fuel was
//! spent between two writes; what the bytes mean is the caller's business.
//!
//! The one exception is the judge's call marks (`judge.call_begin` and
//! `judge.call_end`, docs/protocol.md): they stand for the text lines `>`
//! and `<`, but are kept as a flag on their write rather than as bytes, so
//! that the hundreds of thousands of marks of a large test are neither
//! copied into the channel nor scanned for again when it is decoded.
//! [`Channel::written_out`] gives the channel as if they had been written.

/// The file descriptor of the result channel.
pub const RESULT_FD: i32 = 3;

/// Bookkeeping bytes each recorded write costs against the channel's cap,
/// so that many tiny writes cannot grow the record list without bound.
const WRITE_RECORD_COST: u64 = 16;

/// A call mark recorded by the host after a write's bytes, in place of the
/// line it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallMark {
    /// The line `>`: a user call begins.
    Begins,
    /// The line `<`: the user call returned.
    Returned,
}

impl CallMark {
    /// The line the mark stands for, newline included.
    pub fn line(self) -> &'static [u8] {
        match self {
            CallMark::Begins => b">\n",
            CallMark::Returned => b"<\n",
        }
    }

    /// The mark a line (without its newline) stands for, if it is one.
    pub fn of_line(body: &[u8]) -> Option<CallMark> {
        match body {
            b">" => Some(CallMark::Begins),
            b"<" => Some(CallMark::Returned),
            _ => None,
        }
    }
}

/// One write to the channel, in 16 bytes: a large test makes hundreds of
/// thousands of them, and what a run holds decides how many tests the judge
/// runs side by side.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ChannelWrite {
    /// Fuel consumed by the run when the write was made.
    fuel: u64,
    /// Length of the channel's bytes after this write ([`Channel::fits`]
    /// keeps the channel under 4 GiB).
    end: u32,
    /// The write's own cost (`fuel_after - fuel`, at most [`MAX_COST`]) in
    /// the low 30 bits, the mark after its bytes in the top two.
    cost_and_mark: u32,
}

/// The largest write cost a record keeps; a dearer write (over 4 GiB
/// copied) is recorded as costing this much.
const MAX_COST: u64 = (1 << 30) - 1;

impl ChannelWrite {
    /// A write that left the channel `end` bytes long, made when `fuel` had
    /// been consumed and returning at `fuel_after`, followed by `mark`.
    pub fn new(end: usize, fuel: u64, fuel_after: u64, mark: Option<CallMark>) -> ChannelWrite {
        let cost = fuel_after.saturating_sub(fuel).min(MAX_COST) as u32;
        let mark_bits = match mark {
            None => 0,
            Some(CallMark::Begins) => 1,
            Some(CallMark::Returned) => 2,
        };
        ChannelWrite {
            fuel,
            end: u32::try_from(end).unwrap_or(u32::MAX),
            cost_and_mark: cost | mark_bits << 30,
        }
    }

    /// Length of the channel's bytes after this write.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Fuel consumed by the run when the write was made.
    pub fn fuel(&self) -> u64 {
        self.fuel
    }

    /// Fuel consumed when the write returned: [`Self::fuel`] plus the
    /// write's own cost. A mark that opens a call is stamped with this, so
    /// the cost of writing it is not charged to the call.
    pub fn fuel_after(&self) -> u64 {
        self.fuel + (u64::from(self.cost_and_mark) & MAX_COST)
    }

    /// The call mark that follows this write's bytes, if any.
    pub fn mark(&self) -> Option<CallMark> {
        match self.cost_and_mark >> 30 {
            1 => Some(CallMark::Begins),
            2 => Some(CallMark::Returned),
            _ => None,
        }
    }
}

impl std::fmt::Debug for ChannelWrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChannelWrite")
            .field("end", &self.end())
            .field("fuel", &self.fuel())
            .field("fuel_after", &self.fuel_after())
            .field("mark", &self.mark())
            .finish()
    }
}

/// What the guest wrote to the result channel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Channel {
    pub bytes: Vec<u8>,
    /// Every non-empty write and every mark, in order.
    pub writes: Vec<ChannelWrite>,
    /// How many marks `writes` holds.
    marks: u64,
}

impl Channel {
    /// Bytes charged against the cap so far: the data plus a fixed cost
    /// per recorded write.
    fn charged(&self) -> u64 {
        // A mark is charged the two bytes of its line, as if written.
        self.bytes.len() as u64 + self.marks * 2 + self.writes.len() as u64 * WRITE_RECORD_COST
    }

    /// A channel of `bytes` written by `writes` (for tests and tools that
    /// build one by hand).
    pub fn new(bytes: Vec<u8>, writes: Vec<ChannelWrite>) -> Channel {
        let marks = writes.iter().filter(|w| w.mark().is_some()).count() as u64;
        Channel {
            bytes,
            writes,
            marks,
        }
    }

    /// Whether a write of `len` bytes stays within `cap` (and the channel
    /// under 4 GiB, the most a write record can point into).
    pub fn fits(&self, len: u64, cap: u64) -> bool {
        len == 0
            || (self.charged() + len + WRITE_RECORD_COST <= cap
                && self.bytes.len() as u64 + len <= u64::from(u32::MAX))
    }

    /// Appends one write's bytes (checked with [`Self::fits`] first),
    /// recording the fuel consumed when it was made and when it returned.
    pub fn push<'a>(&mut self, data: impl Iterator<Item = &'a [u8]>, fuel: u64, fuel_after: u64) {
        let before = self.bytes.len();
        for d in data {
            self.bytes.extend_from_slice(d);
        }
        if self.bytes.len() > before {
            self.writes
                .push(ChannelWrite::new(self.bytes.len(), fuel, fuel_after, None));
        }
    }

    /// Appends `data` and then `mark` as one write (checked with
    /// [`Self::fits`] for `data` and the mark's line first). The mark is
    /// kept as a flag only where its line would start a line; after an
    /// unfinished line its text is appended instead, so that it joins that
    /// line exactly as the written bytes would.
    pub fn push_marked(&mut self, data: &[u8], mark: CallMark, fuel: u64, fuel_after: u64) {
        self.bytes.extend_from_slice(data);
        let mark = if matches!(self.bytes.last(), None | Some(b'\n')) {
            self.marks += 1;
            Some(mark)
        } else {
            self.bytes.extend_from_slice(mark.line());
            None
        };
        self.writes
            .push(ChannelWrite::new(self.bytes.len(), fuel, fuel_after, mark));
    }

    /// This channel with every mark written out as its line, in the write
    /// that made it: what a driver writing its marks with `fd_write` would
    /// have produced.
    pub fn written_out(&self) -> Channel {
        let mut text = Vec::with_capacity(self.bytes.len() + self.marks as usize * 2);
        let mut writes = Vec::with_capacity(self.writes.len());
        let mut start = 0;
        for write in &self.writes {
            text.extend_from_slice(&self.bytes[start..write.end()]);
            start = write.end();
            if let Some(mark) = write.mark() {
                text.extend_from_slice(mark.line());
            }
            writes.push(ChannelWrite::new(
                text.len(),
                write.fuel(),
                write.fuel_after(),
                None,
            ));
        }
        text.extend_from_slice(&self.bytes[start..]);
        Channel::new(text, writes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_fuel_per_write_and_refuses_past_the_cap() {
        let mut channel = Channel::default();
        for (data, fuel) in [(&[&b">\n"[..]][..], 10), (&[b"<", b"\n"], 25), (&[], 30)] {
            assert!(channel.fits(data.iter().map(|d| d.len() as u64).sum(), 100));
            channel.push(data.iter().copied(), fuel, fuel + 5);
        }
        assert_eq!(
            channel.writes,
            vec![
                ChannelWrite::new(2, 10, 15, None),
                ChannelWrite::new(4, 25, 30, None)
            ]
        );
        // 4 bytes + 2 records (32) charged; 60 more bytes + a record is over.
        assert!(!channel.fits(60, 100));
        assert_eq!(channel.bytes, b">\n<\n");
    }

    #[test]
    fn marks_are_flags_at_line_starts_and_text_after_an_unfinished_line() {
        let mut channel = Channel::default();
        channel.push_marked(b"", CallMark::Begins, 1, 2);
        channel.push_marked(b"", CallMark::Returned, 3, 4);
        channel.push_marked(b"7\n", CallMark::Begins, 5, 6);
        channel.push([&b"partial"[..]].into_iter(), 7, 8);
        channel.push_marked(b"", CallMark::Returned, 9, 10);
        assert_eq!(channel.bytes, b"7\npartial<\n");
        let marks: Vec<_> = channel.writes.iter().map(|w| (w.end(), w.mark())).collect();
        assert_eq!(
            marks,
            [
                (0, Some(CallMark::Begins)),
                (0, Some(CallMark::Returned)),
                (2, Some(CallMark::Begins)),
                (9, None),
                (11, None)
            ]
        );
        assert_eq!(channel.written_out().bytes, b">\n<\n7\n>\npartial<\n");
        // Three marks kept as flags are charged their lines' six bytes.
        assert_eq!(channel.charged(), 11 + 6 + 5 * WRITE_RECORD_COST);
    }

    #[test]
    fn a_write_record_is_16_bytes_and_keeps_what_it_was_given() {
        assert_eq!(std::mem::size_of::<ChannelWrite>(), 16);
        for mark in [None, Some(CallMark::Begins), Some(CallMark::Returned)] {
            let w = ChannelWrite::new(123_456, u64::MAX - 1_000, u64::MAX - 10, mark);
            assert_eq!(
                (w.end(), w.fuel(), w.fuel_after(), w.mark()),
                (123_456, u64::MAX - 1_000, u64::MAX - 10, mark)
            );
        }
        // A cost past what a record keeps is kept as the most it can.
        let dear = ChannelWrite::new(1, 5, 5 + (1 << 40), Some(CallMark::Returned));
        assert_eq!(dear.fuel_after(), 5 + MAX_COST);
        assert_eq!(dear.mark(), Some(CallMark::Returned));
    }

    #[test]
    fn the_channel_stays_under_4_gib() {
        let channel = Channel::default();
        assert!(channel.fits(1 << 20, u64::MAX));
        assert!(!channel.fits(1 << 32, u64::MAX));
    }
}
