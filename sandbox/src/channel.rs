//! The result channel: a write-only stream on file descriptor 3 that only
//! the sandbox provides, so a judged program's results travel apart from
//! its own prints on stdout and stderr. The sandbox records the fuel
//! consumed at every write, which lets the caller tell how much fuel was
//! spent between two writes; what the bytes mean is the caller's business.

/// The file descriptor of the result channel.
pub const RESULT_FD: i32 = 3;

/// Bookkeeping bytes each recorded write costs against the channel's cap,
/// so that many tiny writes cannot grow the record list without bound.
const WRITE_RECORD_COST: u64 = 16;

/// One write to the channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelWrite {
    /// Length of the channel's bytes after this write.
    pub end: usize,
    /// Fuel consumed by the run when the write was made.
    pub fuel: u64,
    /// Fuel consumed when the write returned: `fuel` plus the write's own
    /// cost. A mark that opens a call is stamped with this, so the cost of
    /// writing it is not charged to the call.
    pub fuel_after: u64,
}

/// What the guest wrote to the result channel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Channel {
    pub bytes: Vec<u8>,
    /// Every non-empty write, in order.
    pub writes: Vec<ChannelWrite>,
}

impl Channel {
    /// Bytes charged against the cap so far: the data plus a fixed cost
    /// per recorded write.
    fn charged(&self) -> u64 {
        self.bytes.len() as u64 + self.writes.len() as u64 * WRITE_RECORD_COST
    }

    /// Whether a write of `len` bytes stays within `cap`.
    pub(crate) fn fits(&self, len: u64, cap: u64) -> bool {
        len == 0 || self.charged() + len + WRITE_RECORD_COST <= cap
    }

    /// Appends one write's bytes (checked with [`Self::fits`] first),
    /// recording the fuel consumed when it was made and when it returned.
    pub(crate) fn push<'a>(
        &mut self,
        data: impl Iterator<Item = &'a [u8]>,
        fuel: u64,
        fuel_after: u64,
    ) {
        let before = self.bytes.len();
        for d in data {
            self.bytes.extend_from_slice(d);
        }
        if self.bytes.len() > before {
            self.writes.push(ChannelWrite {
                end: self.bytes.len(),
                fuel,
                fuel_after,
            });
        }
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
                ChannelWrite {
                    end: 2,
                    fuel: 10,
                    fuel_after: 15
                },
                ChannelWrite {
                    end: 4,
                    fuel: 25,
                    fuel_after: 30
                }
            ]
        );
        // 4 bytes + 2 records (32) charged; 60 more bytes + a record is over.
        assert!(!channel.fits(60, 100));
        assert_eq!(channel.bytes, b">\n<\n");
    }
}
