//! The WASI functions themselves, as plain functions of the guest's memory (a
//! byte slice), its state and its fuel, so that they can be tested directly
//! with arbitrary memory and arguments; `wasi.rs` only wraps them for
//! wasmtime.
//!
//! Every count and size is the guest's and so is hostile: each is checked
//! against the guest's memory before it is used, arrays in guest memory are
//! read in place (never copied into a host vector sized by a guest number),
//! and fuel for the work is charged before the work is done.

use rand::RngCore;

use super::costs::{self, per_kib};
use super::guest_memory::{bytes, bytes_mut, element, read_u32, read_u64, region, write};
use crate::channel::{CallMark, RESULT_FD};

use super::{errno, Guest, Stop, CLOCK_TICK_NS, REALTIME_EPOCH_NS};

/// One host call's view of the guest: its linear memory (empty when it
/// exports none, so every access faults), its state and the fuel it has left.
pub struct Call<'a> {
    pub mem: &'a mut [u8],
    pub guest: &'a mut Guest,
    pub fuel: u64,
}

/// A WASI errno, or the run stops.
pub type Answer = Result<i32, Stop>;

pub(super) const IOVEC_SIZE: u32 = 8;
const SUBSCRIPTION_SIZE: u32 = 48;
const EVENT_SIZE: u32 = 32;

impl Call<'_> {
    /// Takes `fuel` from what is left, or stops the run when it is not there.
    pub fn charge(&mut self, fuel: u64) -> Result<(), Stop> {
        match self.fuel.checked_sub(fuel) {
            Some(left) => {
                self.fuel = left;
                Ok(())
            }
            None => {
                self.fuel = 0;
                Err(Stop::OutOfFuel)
            }
        }
    }

    /// Checks that an array of `count` elements of `size` bytes at `base`
    /// lies in guest memory, then charges `each` fuel per element.
    pub(super) fn array(
        &mut self,
        base: u32,
        count: u32,
        size: u32,
        each: u64,
    ) -> Result<bool, Stop> {
        if region(self.mem, base, u64::from(count) * u64::from(size)).is_none() {
            return Ok(false);
        }
        self.charge(u64::from(count) * each)?;
        Ok(true)
    }

    /// The `(buf, len)` of iovec `index` of a table checked by [`Self::array`].
    pub(super) fn iovec(&self, iovs: u32, index: u32) -> Option<(u32, u32)> {
        iovec_at(self.mem, iovs, index)
    }

    /// Checks an iovec table for a write and every buffer it names, charging
    /// for each; the bytes to write, or `None` when any of it faults.
    pub(super) fn paid_write(&mut self, iovs: u32, iovs_len: u32) -> Result<Option<u64>, Stop> {
        if !self.array(iovs, iovs_len, IOVEC_SIZE, costs::IOVEC)? {
            return Ok(None);
        }
        let mut total: u64 = 0;
        for index in 0..iovs_len {
            let Some((buf, len)) = self.iovec(iovs, index) else {
                return Ok(None);
            };
            if region(self.mem, buf, u64::from(len)).is_none() {
                return Ok(None);
            }
            self.charge(per_kib(u64::from(len), costs::COPY_PER_KIB))?;
            total += u64::from(len);
        }
        Ok(Some(total))
    }

    pub fn fd_write(&mut self, fd: u32, iovs: u32, iovs_len: u32, nwritten: u32) -> Answer {
        if fd == RESULT_FD as u32 && self.guest.files.is_none() {
            return self.write_channel(iovs, iovs_len, nwritten);
        }
        self.charge(costs::CALL)?;
        if fd > 2 {
            return self.write_file(fd, iovs, iovs_len, nwritten);
        }
        if self.guest.output(fd).is_none() {
            return Ok(errno::BADF);
        }
        let Some(total) = self.paid_write(iovs, iovs_len)? else {
            return Ok(errno::FAULT);
        };
        let Some(mut stream) = self.guest.output(fd) else {
            return Ok(errno::BADF);
        };
        for data in iovec_bytes(self.mem, iovs, iovs_len) {
            if !stream.push(data) {
                return Err(Stop::OutputLimit);
            }
        }
        if let (1, Some(pipe)) = (fd, &self.guest.pipe) {
            for data in iovec_bytes(self.mem, iovs, iovs_len) {
                pipe.write(data);
            }
        }
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        Ok(answer(write(self.mem, nwritten, &total.to_le_bytes())))
    }

    /// A write to the result channel: all or nothing, stamped with the fuel
    /// the run had consumed when the call was made (before its own cost)
    /// and when it returns (after it).
    fn write_channel(&mut self, iovs: u32, iovs_len: u32, nwritten: u32) -> Answer {
        let consumed = self.guest.fuel_start.saturating_sub(self.fuel);
        self.charge(costs::CALL)?;
        let Some(total) = self.paid_write(iovs, iovs_len)? else {
            return Ok(errno::FAULT);
        };
        if !self.guest.channel.fits(total, self.guest.channel_cap) {
            return Err(Stop::OutputLimit);
        }
        let consumed_after = self.guest.fuel_start.saturating_sub(self.fuel);
        self.guest.channel.push(
            iovec_bytes(self.mem, iovs, iovs_len),
            consumed,
            consumed_after,
        );
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        Ok(answer(write(self.mem, nwritten, &total.to_le_bytes())))
    }

    /// `judge.call_begin(buf, len)`: the bytes at `buf` (the results
    /// written since the last call) and a `>` record, on the result channel
    /// as one write, stamped like a channel `fd_write` (docs/protocol.md,
    /// "Call marks"). It does what a `fd_write` of both would, for a
    /// fraction of the guest's and the host's instructions.
    pub fn call_begin(&mut self, buf: u32, len: u32) -> Answer {
        let consumed = self.guest.fuel_start.saturating_sub(self.fuel);
        self.charge(costs::MARK)?;
        let Some(data) = region(self.mem, buf, u64::from(len)) else {
            return Ok(errno::FAULT);
        };
        self.charge(per_kib(u64::from(len), costs::COPY_PER_KIB))?;
        let after = self.guest.fuel_start.saturating_sub(self.fuel);
        mark(
            self.guest,
            &self.mem[data],
            CallMark::Begins,
            consumed,
            after,
        )
    }

    /// `judge.call_end()`: a `<` record on the result channel, stamped with
    /// the fuel consumed when the call is made.
    pub fn call_end(&mut self) -> Answer {
        let consumed = self.guest.fuel_start.saturating_sub(self.fuel);
        self.charge(costs::MARK)?;
        let after = self.guest.fuel_start.saturating_sub(self.fuel);
        mark(self.guest, &[], CallMark::Returned, consumed, after)
    }

    pub fn fd_read(&mut self, fd: u32, iovs: u32, iovs_len: u32, nread: u32) -> Answer {
        self.charge(costs::CALL)?;
        if fd != 0 {
            return self.read_file(fd, iovs, iovs_len, nread);
        }
        if self.guest.pipe.is_some() {
            return self.read_pipe(iovs, iovs_len, nread);
        }
        if !self.array(iovs, iovs_len, IOVEC_SIZE, costs::IOVEC)? {
            return Ok(errno::FAULT);
        }
        let mut total: u64 = 0;
        for index in 0..iovs_len {
            let Some((buf, len)) = self.iovec(iovs, index) else {
                return Ok(errno::FAULT);
            };
            let pos = self.guest.stdin_pos.min(self.guest.stdin.len());
            let n = (self.guest.stdin.len() - pos).min(len as usize);
            self.charge(per_kib(n as u64, costs::COPY_PER_KIB))?;
            let Some(dst) = bytes_mut(self.mem, buf, n as u64) else {
                return Ok(errno::FAULT);
            };
            dst.copy_from_slice(&self.guest.stdin[pos..pos + n]);
            self.guest.stdin_pos = pos + n;
            total += n as u64;
            if n < len as usize {
                break;
            }
        }
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        Ok(answer(write(self.mem, nread, &total.to_le_bytes())))
    }

    /// `args_sizes_get` (one argument, the program name) and
    /// `environ_sizes_get` (nothing).
    pub fn sizes(&mut self, count_ptr: u32, size_ptr: u32, argv: bool) -> Answer {
        self.charge(costs::CALL)?;
        let (count, size) = if argv { self.args_sizes() } else { (0, 0) };
        Ok(answer(
            write(self.mem, count_ptr, &count.to_le_bytes())
                && write(self.mem, size_ptr, &size.to_le_bytes()),
        ))
    }

    pub fn args_get(&mut self, argv: u32, argv_buf: u32) -> Answer {
        self.charge(costs::CALL)?;
        self.write_args(argv, argv_buf)
    }

    pub fn clock_time_get(&mut self, id: u32, out: u32) -> Answer {
        self.charge(costs::CALL)?;
        if id > 3 {
            return Ok(errno::INVAL);
        }
        let now = self.guest.now();
        // A guest can sleep until any deadline, so the clock may be near
        // `u64::MAX`: it saturates there rather than wrapping backwards.
        let value = if id == 0 {
            REALTIME_EPOCH_NS.saturating_add(now)
        } else {
            now
        };
        Ok(answer(write(self.mem, out, &value.to_le_bytes())))
    }

    pub fn clock_res_get(&mut self, id: u32, out: u32) -> Answer {
        self.charge(costs::CALL)?;
        if id > 3 {
            return Ok(errno::INVAL);
        }
        Ok(answer(write(self.mem, out, &CLOCK_TICK_NS.to_le_bytes())))
    }

    pub fn random_get(&mut self, buf: u32, len: u32) -> Answer {
        self.charge(costs::CALL)?;
        if region(self.mem, buf, u64::from(len)).is_none() {
            return Ok(errno::FAULT);
        }
        self.charge(per_kib(u64::from(len), costs::RANDOM_PER_KIB))?;
        if let Some(dst) = bytes_mut(self.mem, buf, u64::from(len)) {
            self.guest.rng.fill_bytes(dst);
        }
        Ok(errno::SUCCESS)
    }

    /// Fills an `fdstat` for the three standard streams and the result
    /// channel (character devices; fd 3 is never a preopen).
    pub fn fd_fdstat_get(&mut self, fd: u32, out: u32) -> Answer {
        self.charge(costs::CALL)?;
        if self.is_file_fd(fd) {
            return self.file_fdstat(fd, out);
        }
        if fd > RESULT_FD as u32 || (fd == RESULT_FD as u32 && self.guest.files.is_some()) {
            return Ok(errno::BADF);
        }
        let mut stat = [0u8; 24];
        // A character device, but an interaction's stdin and stdout are
        // pipes (filetype unknown): not terminals, so C's stdout is fully
        // buffered there as on Kattis, and a solution must flush.
        stat[0] = if self.guest.pipe.is_some() && fd <= 1 {
            0
        } else {
            2
        };
        let rights: u64 = if fd == 0 {
            (1 << 1) | (1 << 27)
        } else {
            (1 << 6) | (1 << 27)
        };
        stat[8..16].copy_from_slice(&rights.to_le_bytes());
        Ok(answer(write(self.mem, out, &stat)))
    }

    pub fn fd_filestat_get(&mut self, fd: u32, out: u32) -> Answer {
        self.charge(costs::CALL)?;
        if fd > 2 {
            return self.file_filestat(fd, out);
        }
        let mut stat = [0u8; 64];
        stat[16] = 2; // character device
        Ok(answer(write(self.mem, out, &stat)))
    }

    /// `fd_close` and `fd_fdstat_set_flags`: accepted for the standard
    /// streams, which stay open.
    pub fn std_stream_only(&mut self, fd: u32) -> Answer {
        self.charge(costs::CALL)?;
        Ok(if fd <= 2 { errno::SUCCESS } else { errno::BADF })
    }

    /// `fd_close`: the standard streams stay open; a directory or file of
    /// the run closes.
    pub fn fd_close(&mut self, fd: u32) -> Answer {
        if fd > 2 {
            self.charge(costs::CALL)?;
            return self.close_file(fd);
        }
        self.std_stream_only(fd)
    }

    /// A call that does nothing but answer (`sched_yield`, `environ_get`).
    pub fn constant(&mut self, errno: i32) -> Answer {
        self.charge(costs::CALL)?;
        Ok(errno)
    }

    /// A denied function: answers its errno, at the cost of a dynamically
    /// typed call.
    pub fn denied(&mut self, errno: i32) -> Answer {
        self.charge(costs::DENIED_CALL)?;
        Ok(errno)
    }

    /// Subscriptions are answered at once: the streams are always ready, and
    /// a clock subscription advances virtual time to its deadline instead of
    /// sleeping, so a one-hour sleep costs nothing real. Subscriptions are
    /// read in place, in two passes, so nothing is allocated for them.
    pub fn poll_oneoff(&mut self, subs: u32, events: u32, count: u32, nevents: u32) -> Answer {
        self.charge(costs::CALL)?;
        if count == 0 {
            return Ok(errno::INVAL);
        }
        if region(self.mem, events, u64::from(count) * u64::from(EVENT_SIZE)).is_none()
            || !self.array(subs, count, SUBSCRIPTION_SIZE, costs::SUBSCRIPTION)?
        {
            return Ok(errno::FAULT);
        }
        let now = self.guest.now();
        let mut streams_ready = false;
        let mut reads_stdin = false;
        let mut earliest = u64::MAX;
        for index in 0..count {
            let Some(sub) = self.subscription(subs, index, now) else {
                return Ok(errno::FAULT);
            };
            match sub.tag {
                0 => earliest = earliest.min(sub.deadline),
                _ => streams_ready = true,
            }
            reads_stdin |= sub.tag == 1 && sub.fd == 0;
        }
        if !streams_ready && earliest != u64::MAX {
            self.guest.clock_ns = self.guest.clock_ns.max(earliest);
        }
        let now_after = self.guest.clock_ns;
        let remaining = match (&self.guest.pipe, reads_stdin) {
            // An interaction's stdin is ready once the other program wrote
            // or ended: waiting for that is the only way to block.
            (Some(pipe), true) => pipe.wait_readable().map_err(|_| Stop::WaitingForInput)? as u64,
            _ => self.guest.stdin.len().saturating_sub(self.guest.stdin_pos) as u64,
        };
        let mut written = 0u32;
        for index in 0..count {
            let Some(sub) = self.subscription(subs, index, now) else {
                return Ok(errno::FAULT);
            };
            let Some(event) = sub.event(now_after, remaining) else {
                continue;
            };
            let Some(at) = element(events, written, EVENT_SIZE) else {
                return Ok(errno::FAULT);
            };
            if !write(self.mem, at, &event) {
                return Ok(errno::FAULT);
            }
            written += 1;
        }
        Ok(answer(write(self.mem, nevents, &written.to_le_bytes())))
    }

    /// Subscription `index` of the array at `subs`, its clock deadline taken
    /// relative to `now`.
    fn subscription(&self, subs: u32, index: u32, now: u64) -> Option<Subscription> {
        let at = element(subs, index, SUBSCRIPTION_SIZE)?;
        let userdata = read_u64(self.mem, at)?;
        let tag = bytes(self.mem, at.checked_add(8)?, 1)?[0];
        let word = read_u32(self.mem, at.checked_add(16)?)?;
        let timeout = read_u64(self.mem, at.checked_add(24)?)?;
        let flags = bytes(self.mem, at.checked_add(40)?, 2)?[0];
        let deadline = if tag == 0 {
            let absolute = flags & 1 == 1;
            let offset = if word == 0 { REALTIME_EPOCH_NS } else { 0 };
            if absolute {
                timeout.saturating_sub(offset)
            } else {
                now.saturating_add(timeout)
            }
        } else {
            0
        };
        Some(Subscription {
            userdata,
            tag,
            fd: word,
            deadline,
        })
    }
}

/// One `poll_oneoff` subscription, as read from guest memory.
struct Subscription {
    userdata: u64,
    tag: u8,
    fd: u32,
    deadline: u64,
}

impl Subscription {
    /// The event this subscription produces at virtual time `now`, if any.
    fn event(&self, now: u64, stdin_remaining: u64) -> Option<[u8; EVENT_SIZE as usize]> {
        let mut event = [0u8; EVENT_SIZE as usize];
        event[0..8].copy_from_slice(&self.userdata.to_le_bytes());
        event[10] = self.tag;
        match self.tag {
            0 if self.deadline <= now => {}
            0 => return None,
            1 | 2 => {
                let ok = matches!((self.tag, self.fd), (1, 0) | (2, 1) | (2, 2));
                if ok {
                    let nbytes = if self.tag == 1 {
                        stdin_remaining
                    } else {
                        1 << 16
                    };
                    event[16..24].copy_from_slice(&nbytes.to_le_bytes());
                    if self.tag == 1 && stdin_remaining == 0 {
                        event[24] = 1; // hangup: end of input
                    }
                } else {
                    event[8..10].copy_from_slice(&(errno::BADF as u16).to_le_bytes());
                }
            }
            _ => event[8..10].copy_from_slice(&(errno::INVAL as u16).to_le_bytes()),
        }
        Some(event)
    }
}

/// Appends `data` (already paid for) and `mark` to the result
/// channel as one write, with the fuel consumed before and after the call.
fn mark(guest: &mut Guest, data: &[u8], mark: CallMark, fuel: u64, after: u64) -> Answer {
    let len = (data.len() + mark.line().len()) as u64;
    if !guest.channel.fits(len, guest.channel_cap) {
        return Err(Stop::OutputLimit);
    }
    guest.channel.push_marked(data, mark, fuel, after);
    Ok(errno::SUCCESS)
}

/// The buffers of an iovec table already checked by `Call::paid_write`, read
/// in place from guest memory.
fn iovec_bytes(mem: &[u8], iovs: u32, iovs_len: u32) -> impl Iterator<Item = &[u8]> {
    (0..iovs_len).filter_map(move |index| {
        let (buf, len) = iovec_at(mem, iovs, index)?;
        bytes(mem, buf, u64::from(len))
    })
}

/// The `(buf, len)` of iovec `index` of the table at `iovs`.
fn iovec_at(mem: &[u8], iovs: u32, index: u32) -> Option<(u32, u32)> {
    let at = element(iovs, index, IOVEC_SIZE)?;
    Some((read_u32(mem, at)?, read_u32(mem, at.checked_add(4)?)?))
}

fn answer(ok: bool) -> i32 {
    if ok {
        errno::SUCCESS
    } else {
        errno::FAULT
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    use super::{errno, Call};
    use crate::wasi::Guest;

    /// A guest may sleep until `u64::MAX`; reading the clocks afterwards
    /// saturates instead of overflowing (found by the property test).
    #[test]
    fn clocks_saturate_after_sleeping_to_the_end_of_time() {
        let limits = crate::Limits::default();
        let mut guest = Guest::new(Vec::new(), ChaCha8Rng::seed_from_u64(1), &limits);
        guest.clock_ns = u64::MAX - 1;
        let mut mem = [0u8; 8];
        for id in [0, 1] {
            let mut call = Call {
                mem: &mut mem,
                guest: &mut guest,
                fuel: 1_000_000,
            };
            assert!(matches!(call.clock_time_get(id, 0), Ok(errno::SUCCESS)));
            assert_eq!(u64::from_le_bytes(mem), u64::MAX);
        }
    }
}
