//! `fd_read` on stdin in an interaction: the bytes come from the other
//! program through `pipes.rs`, and a read of an empty pipe waits (gives the
//! turn away) until the other program wrote or ended. Same rules as
//! `calls.rs`: every iovec checked before anything is read, the copy paid
//! for in fuel.

use super::calls::{Answer, Call, IOVEC_SIZE};
use super::costs::{self, per_kib};
use super::guest_memory::{bytes_mut, region, write};
use super::{errno, Stop};

impl Call<'_> {
    /// Reads what the other program wrote into the iovecs at `iovs`; 0
    /// bytes once it ended and its pipe is empty.
    pub fn read_pipe(&mut self, iovs: u32, iovs_len: u32, nread: u32) -> Answer {
        if !self.array(iovs, iovs_len, IOVEC_SIZE, costs::IOVEC)? {
            return Ok(errno::FAULT);
        }
        let mut room: u64 = 0;
        for index in 0..iovs_len {
            let Some((buf, len)) = self.iovec(iovs, index) else {
                return Ok(errno::FAULT);
            };
            if region(self.mem, buf, u64::from(len)).is_none() {
                return Ok(errno::FAULT);
            }
            room += u64::from(len);
        }
        let Some(pipe) = self.guest.pipe.clone() else {
            return Ok(errno::BADF);
        };
        let data = pipe
            .read(usize::try_from(room).unwrap_or(usize::MAX))
            .map_err(|_| Stop::WaitingForInput)?;
        self.charge(per_kib(data.len() as u64, costs::COPY_PER_KIB))?;
        let mut at = 0usize;
        for index in 0..iovs_len {
            if at == data.len() {
                break;
            }
            let Some((buf, len)) = self.iovec(iovs, index) else {
                return Ok(errno::FAULT);
            };
            let n = (data.len() - at).min(len as usize);
            let Some(dst) = bytes_mut(self.mem, buf, n as u64) else {
                return Ok(errno::FAULT);
            };
            dst.copy_from_slice(&data[at..at + n]);
            at += n;
        }
        let total = u32::try_from(at).unwrap_or(u32::MAX);
        Ok(if write(self.mem, nread, &total.to_le_bytes()) {
            errno::SUCCESS
        } else {
            errno::FAULT
        })
    }
}
