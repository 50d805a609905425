//! The WASI functions on preopened in-memory directories and their files
//! (`path_open`, `fd_prestat_*`, `fd_seek`, reads and writes on file
//! descriptors, ...), for runs given [`crate::GuestFiles`]. Without them
//! every one of these answers as before: `EBADF` or `ENOTCAPABLE`.
//! Same rules as `calls.rs`: every pointer checked, fuel charged first.

use super::calls::{Answer, Call};
use super::costs::{self, per_kib};
use super::files::{self, Open, FDFLAG_APPEND, FIRST_FD, MAX_PATH, RIGHT_FD_WRITE};
use super::guest_memory::{bytes, bytes_mut, region, write};
use super::{errno, Stop};

/// Every right: the sandbox decides what a descriptor may do, not rights.
const ALL_RIGHTS: u64 = (1 << 29) - 1;

impl Call<'_> {
    /// Whether `fd` is one of the run's directories or files.
    pub fn is_file_fd(&self, fd: u32) -> bool {
        self.guest
            .files
            .as_ref()
            .is_some_and(|f| f.get(fd).is_some())
    }

    pub fn fd_prestat_get(&mut self, fd: u32, out: u32) -> Answer {
        self.charge(costs::CALL)?;
        let Some(path) = self.guest.files.as_ref().and_then(|f| f.preopen_path(fd)) else {
            return Ok(errno::BADF);
        };
        let mut prestat = [0u8; 8];
        prestat[4..8].copy_from_slice(&(path.len() as u32).to_le_bytes());
        Ok(answer(write(self.mem, out, &prestat)))
    }

    pub fn fd_prestat_dir_name(&mut self, fd: u32, path: u32, len: u32) -> Answer {
        self.charge(costs::CALL)?;
        let Some(name) = self.guest.files.as_ref().and_then(|f| f.preopen_path(fd)) else {
            return Ok(errno::BADF);
        };
        if (len as usize) < name.len() {
            return Ok(errno::INVAL);
        }
        Ok(answer(write(self.mem, path, name.as_bytes())))
    }

    /// `path_open(dirfd, dirflags, path, path_len, oflags, rights_base,
    /// rights_inheriting, fdflags, fd_out)`.
    #[allow(clippy::too_many_arguments)]
    pub fn path_open(
        &mut self,
        dirfd: u32,
        path: u32,
        path_len: u32,
        oflags: u32,
        rights: u64,
        fdflags: u32,
        fd_out: u32,
    ) -> Answer {
        self.charge(costs::CALL)?;
        let Some(table) = self.guest.files.as_mut() else {
            return Ok(errno::NOTCAPABLE);
        };
        if path_len > MAX_PATH {
            return Ok(files::errno::NAMETOOLONG);
        }
        let Some(name) = bytes(self.mem, path, u64::from(path_len)) else {
            return Ok(errno::FAULT);
        };
        let write_wanted = rights & RIGHT_FD_WRITE != 0;
        let append = fdflags & FDFLAG_APPEND != 0;
        let status = table.open(dirfd, name, oflags, write_wanted, append);
        if status != errno::SUCCESS {
            return Ok(status);
        }
        let fd = table.last_opened.unwrap_or(0);
        if write(self.mem, fd_out, &fd.to_le_bytes()) {
            Ok(errno::SUCCESS)
        } else {
            table.close(fd);
            Ok(errno::FAULT)
        }
    }

    /// `fd_read` on a file descriptor (not stdin).
    pub fn read_file(&mut self, fd: u32, iovs: u32, iovs_len: u32, nread: u32) -> Answer {
        match self.guest.files.as_ref().and_then(|f| f.get(fd)) {
            Some(Open::File { .. }) => {}
            Some(Open::Dir(_)) => return Ok(files::errno::ISDIR),
            None => return Ok(errno::BADF),
        }
        if !self.array(iovs, iovs_len, super::calls::IOVEC_SIZE, costs::IOVEC)? {
            return Ok(errno::FAULT);
        }
        let mut total: u64 = 0;
        for index in 0..iovs_len {
            let Some((buf, len)) = self.iovec(iovs, index) else {
                return Ok(errno::FAULT);
            };
            if region(self.mem, buf, u64::from(len)).is_none() {
                return Ok(errno::FAULT);
            }
            let Some(table) = self.guest.files.as_mut() else {
                return Ok(errno::BADF);
            };
            let Some(data) = table.read(fd, len as usize) else {
                return Ok(errno::BADF);
            };
            let n = data.len();
            if let Some(dst) = bytes_mut(self.mem, buf, n as u64) {
                dst.copy_from_slice(data);
            }
            self.charge(per_kib(n as u64, costs::COPY_PER_KIB))?;
            total += n as u64;
            if n < len as usize {
                break;
            }
        }
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        Ok(answer(write(self.mem, nread, &total.to_le_bytes())))
    }

    /// `fd_write` on a file descriptor in a writable directory. Going over
    /// the directory's caps ends the run at its output limit.
    pub fn write_file(&mut self, fd: u32, iovs: u32, iovs_len: u32, nwritten: u32) -> Answer {
        let writable = matches!(
            self.guest.files.as_ref().and_then(|f| f.get(fd)),
            Some(Open::File { write: true, .. })
        );
        if !writable {
            return Ok(errno::BADF);
        }
        let Some(total) = self.paid_write(iovs, iovs_len)? else {
            return Ok(errno::FAULT);
        };
        for index in 0..iovs_len {
            let Some((buf, len)) = self.iovec(iovs, index) else {
                return Ok(errno::FAULT);
            };
            let (Some(data), Some(table)) = (
                bytes(self.mem, buf, u64::from(len)),
                self.guest.files.as_mut(),
            ) else {
                return Ok(errno::FAULT);
            };
            match table.write(fd, data) {
                Ok(true) => {}
                Ok(false) => return Ok(errno::BADF),
                Err(files::OverCap) => return Err(Stop::OutputLimit),
            }
        }
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        Ok(answer(write(self.mem, nwritten, &total.to_le_bytes())))
    }

    pub fn fd_seek(&mut self, fd: u32, offset: i64, whence: u32, out: u32) -> Answer {
        self.charge(costs::CALL)?;
        let Some(table) = self.guest.files.as_mut().filter(|f| f.get(fd).is_some()) else {
            // The standard streams are pipes.
            return Ok(if fd <= 2 { errno::SPIPE } else { errno::BADF });
        };
        let whence = u8::try_from(whence).unwrap_or(u8::MAX);
        match table.seek(fd, offset, whence) {
            Ok(pos) => Ok(answer(write(self.mem, out, &pos.to_le_bytes()))),
            Err(errno) => Ok(errno),
        }
    }

    pub fn fd_tell(&mut self, fd: u32, out: u32) -> Answer {
        self.fd_seek(fd, 0, 1, out)
    }

    /// `fd_fdstat_get` for a directory or file: its type and every right.
    pub fn file_fdstat(&mut self, fd: u32, out: u32) -> Answer {
        let Some(open) = self.guest.files.as_ref().and_then(|f| f.get(fd)) else {
            return Ok(errno::BADF);
        };
        let mut stat = [0u8; 24];
        stat[0] = filetype(open);
        if let Open::File { append: true, .. } = open {
            stat[2] = FDFLAG_APPEND as u8;
        }
        stat[8..16].copy_from_slice(&ALL_RIGHTS.to_le_bytes());
        stat[16..24].copy_from_slice(&ALL_RIGHTS.to_le_bytes());
        Ok(answer(write(self.mem, out, &stat)))
    }

    /// `fd_filestat_get` for a directory or file.
    pub fn file_filestat(&mut self, fd: u32, out: u32) -> Answer {
        let Some(table) = self.guest.files.as_ref() else {
            return Ok(errno::BADF);
        };
        let Some(open) = table.get(fd) else {
            return Ok(errno::BADF);
        };
        let size = table.size(open).unwrap_or(0);
        Ok(answer(write(
            self.mem,
            out,
            &filestat(filetype(open), size, fd),
        )))
    }

    /// `path_filestat_get(fd, flags, path, path_len, out)`.
    pub fn path_filestat_get(&mut self, fd: u32, path: u32, path_len: u32, out: u32) -> Answer {
        self.charge(costs::CALL)?;
        let Some(table) = self.guest.files.as_ref() else {
            return Ok(errno::NOTCAPABLE);
        };
        if path_len > MAX_PATH {
            return Ok(files::errno::NAMETOOLONG);
        }
        let Some(name) = bytes(self.mem, path, u64::from(path_len)) else {
            return Ok(errno::FAULT);
        };
        match table.stat_path(fd, name) {
            Ok((is_dir, size)) => {
                let kind = if is_dir { 3 } else { 4 };
                Ok(answer(write(self.mem, out, &filestat(kind, size, 0))))
            }
            Err(errno) => Ok(errno),
        }
    }

    /// `fd_close` on a directory or file.
    pub fn close_file(&mut self, fd: u32) -> Answer {
        let closed = self.guest.files.as_mut().is_some_and(|f| f.close(fd));
        Ok(if closed { errno::SUCCESS } else { errno::BADF })
    }

    /// `args_sizes_get`'s numbers: the program name and the run's arguments.
    pub fn args_sizes(&self) -> (u32, u32) {
        let count = 1 + self.guest.args.len();
        let size: usize =
            super::PROGRAM_NAME.len() + self.guest.args.iter().map(|a| a.len() + 1).sum::<usize>();
        (count as u32, u32::try_from(size).unwrap_or(u32::MAX))
    }

    /// `args_get`: the pointer table at `argv` and the strings at `buf`.
    pub fn write_args(&mut self, argv: u32, buf: u32) -> Answer {
        let (count, size) = self.args_sizes();
        if region(self.mem, argv, u64::from(count) * 4).is_none()
            || region(self.mem, buf, u64::from(size)).is_none()
        {
            return Ok(errno::FAULT);
        }
        self.charge(per_kib(u64::from(size), costs::COPY_PER_KIB))?;
        let mut at = buf;
        let names = std::iter::once(super::PROGRAM_NAME.to_vec()).chain(
            self.guest
                .args
                .iter()
                .map(|a| [a.as_bytes(), b"\0"].concat()),
        );
        for (index, name) in names.enumerate() {
            let slot = argv + 4 * index as u32;
            if !write(self.mem, slot, &at.to_le_bytes()) || !write(self.mem, at, &name) {
                return Ok(errno::FAULT);
            }
            at += name.len() as u32;
        }
        Ok(errno::SUCCESS)
    }
}

fn filetype(open: Open) -> u8 {
    match open {
        Open::Dir(_) => 3,
        Open::File { .. } => 4,
    }
}

/// A WASI `filestat`: device 0, inode `fd`-derived, type, one link, size,
/// and the virtual clock's start for every time.
fn filestat(filetype: u8, size: u64, inode: u32) -> [u8; 64] {
    let mut stat = [0u8; 64];
    stat[8..16].copy_from_slice(&u64::from(inode.saturating_sub(FIRST_FD) + 1).to_le_bytes());
    stat[16] = filetype;
    stat[24..32].copy_from_slice(&1u64.to_le_bytes());
    stat[32..40].copy_from_slice(&size.to_le_bytes());
    stat
}

fn answer(ok: bool) -> i32 {
    if ok {
        errno::SUCCESS
    } else {
        errno::FAULT
    }
}
