//! The in-memory file table behind preopened directories: which file
//! descriptor is which directory or open file, where each file is read or
//! written, and the caps on what a guest may write. Pure state, no guest
//! memory: `file_calls.rs` wraps it as WASI functions.

use std::sync::Arc;

use crate::guest_files::{DirAccess, GuestFiles, WrittenFile};

/// The first descriptor after stdin, stdout and stderr.
pub const FIRST_FD: u32 = 3;
/// How many descriptors (directories included) may be open at once.
const MAX_OPEN: usize = 64;
/// The longest path a guest may name.
pub const MAX_PATH: u32 = 4096;

/// WASI errnos for file calls.
pub mod errno {
    pub const ACCES: i32 = 2;
    pub const BADF: i32 = 8;
    pub const EXIST: i32 = 20;
    pub const INVAL: i32 = 28;
    pub const ISDIR: i32 = 31;
    pub const MFILE: i32 = 33;
    pub const NAMETOOLONG: i32 = 37;
    pub const NOENT: i32 = 44;
    pub const NOTDIR: i32 = 54;
    pub const NOTCAPABLE: i32 = 76;
}

/// `path_open`'s `oflags`.
pub const O_CREAT: u32 = 1;
pub const O_DIRECTORY: u32 = 2;
pub const O_EXCL: u32 = 4;
pub const O_TRUNC: u32 = 8;
/// `fdflags`: append.
pub const FDFLAG_APPEND: u32 = 1;
/// Rights bits that mean writing.
pub const RIGHT_FD_WRITE: u64 = 1 << 6;

/// A directory of the run.
struct Dir {
    path: String,
    files: Vec<FileData>,
    writable: Option<WriteCaps>,
}

struct WriteCaps {
    max_files: usize,
    max_bytes: u64,
    used_bytes: u64,
}

struct FileData {
    name: String,
    bytes: Content,
}

enum Content {
    Fixed(Arc<[u8]>),
    Written(Vec<u8>),
}

impl Content {
    fn bytes(&self) -> &[u8] {
        match self {
            Content::Fixed(bytes) => bytes,
            Content::Written(bytes) => bytes,
        }
    }
}

/// What an open descriptor is.
#[derive(Clone, Copy)]
pub enum Open {
    Dir(usize),
    File {
        dir: usize,
        file: usize,
        pos: u64,
        write: bool,
        append: bool,
    },
}

/// Writing would go over the directory's caps: the run ends.
pub struct OverCap;

/// The directories and open descriptors of one run.
pub struct Files {
    dirs: Vec<Dir>,
    open: Vec<Option<Open>>,
    /// The descriptor the last successful open returned.
    pub last_opened: Option<u32>,
}

impl Files {
    pub fn new(spec: &GuestFiles) -> Files {
        let dirs: Vec<Dir> = spec
            .dirs
            .iter()
            .map(|d| match &d.access {
                DirAccess::ReadOnly(files) => Dir {
                    path: d.path.clone(),
                    files: files
                        .iter()
                        .map(|(name, bytes)| FileData {
                            name: name.clone(),
                            bytes: Content::Fixed(bytes.clone()),
                        })
                        .collect(),
                    writable: None,
                },
                DirAccess::Writable {
                    max_files,
                    max_bytes,
                } => Dir {
                    path: d.path.clone(),
                    files: Vec::new(),
                    writable: Some(WriteCaps {
                        max_files: *max_files,
                        max_bytes: *max_bytes,
                        used_bytes: 0,
                    }),
                },
            })
            .collect();
        let open = (0..dirs.len()).map(|i| Some(Open::Dir(i))).collect();
        Files {
            dirs,
            open,
            last_opened: None,
        }
    }

    /// The descriptor's entry, if it is open.
    pub fn get(&self, fd: u32) -> Option<Open> {
        let index = fd.checked_sub(FIRST_FD)? as usize;
        *self.open.get(index)?
    }

    /// The preopened directory's path, if `fd` is one that was never closed.
    pub fn preopen_path(&self, fd: u32) -> Option<&str> {
        let index = fd.checked_sub(FIRST_FD)? as usize;
        match self.get(fd)? {
            Open::Dir(dir) if dir == index => Some(&self.dirs[dir].path),
            _ => None,
        }
    }

    pub fn close(&mut self, fd: u32) -> bool {
        let Some(index) = fd.checked_sub(FIRST_FD) else {
            return false;
        };
        match self.open.get_mut(index as usize) {
            Some(slot @ Some(_)) => {
                *slot = None;
                true
            }
            _ => false,
        }
    }

    /// The file's bytes and size.
    fn data(&self, dir: usize, file: usize) -> &[u8] {
        self.dirs[dir].files[file].bytes.bytes()
    }

    /// The size of an open file, or `None` for a directory.
    pub fn size(&self, open: Open) -> Option<u64> {
        match open {
            Open::Dir(_) => None,
            Open::File { dir, file, .. } => Some(self.data(dir, file).len() as u64),
        }
    }

    /// Looks a name up in the directory open as `fd` (one level: the
    /// directories hold only files) and opens it.
    pub fn open(&mut self, fd: u32, path: &[u8], oflags: u32, write: bool, append: bool) -> i32 {
        let Some(Open::Dir(dir)) = self.get(fd) else {
            return if self.get(fd).is_some() {
                errno::NOTDIR
            } else {
                errno::BADF
            };
        };
        let Some(name) = normalize(path) else {
            return errno::NOTCAPABLE;
        };
        if name.is_empty() {
            if oflags & (O_CREAT | O_TRUNC) != 0 || write {
                return errno::ISDIR;
            }
            return self.insert(Open::Dir(dir));
        }
        if oflags & O_DIRECTORY != 0 {
            return errno::NOTDIR;
        }
        let found = self.dirs[dir].files.iter().position(|f| f.name == name);
        let writable = self.dirs[dir].writable.is_some();
        if (write || oflags & (O_CREAT | O_TRUNC) != 0) && !writable {
            return if found.is_some() {
                errno::ACCES
            } else {
                errno::NOTCAPABLE
            };
        }
        let file = match found {
            Some(_) if oflags & O_CREAT != 0 && oflags & O_EXCL != 0 => return errno::EXIST,
            Some(file) => {
                if oflags & O_TRUNC != 0 {
                    self.truncate(dir, file);
                }
                file
            }
            None if oflags & O_CREAT == 0 => return errno::NOENT,
            None => {
                let Some(caps) = &self.dirs[dir].writable else {
                    return errno::NOTCAPABLE;
                };
                if self.dirs[dir].files.len() >= caps.max_files || name.len() > 255 {
                    return errno::NOTCAPABLE;
                }
                self.dirs[dir].files.push(FileData {
                    name,
                    bytes: Content::Written(Vec::new()),
                });
                self.dirs[dir].files.len() - 1
            }
        };
        self.insert(Open::File {
            dir,
            file,
            pos: 0,
            write,
            append,
        })
    }

    fn truncate(&mut self, dir: usize, file: usize) {
        let dir = &mut self.dirs[dir];
        if let (Content::Written(bytes), Some(caps)) =
            (&mut dir.files[file].bytes, &mut dir.writable)
        {
            caps.used_bytes = caps.used_bytes.saturating_sub(bytes.len() as u64);
            *bytes = Vec::new();
        }
    }

    /// Puts `open` in the first free slot (its descriptor then in
    /// `last_opened`); 0 or an errno.
    fn insert(&mut self, open: Open) -> i32 {
        self.last_opened = None;
        let slot = match self.open.iter().position(Option::is_none) {
            Some(slot) => slot,
            None if self.open.len() < MAX_OPEN => {
                self.open.push(None);
                self.open.len() - 1
            }
            None => return errno::MFILE,
        };
        self.open[slot] = Some(open);
        self.last_opened = Some(FIRST_FD + slot as u32);
        0
    }

    /// Stat of a name in the directory open as `fd`: `(is_dir, size)`.
    pub fn stat_path(&self, fd: u32, path: &[u8]) -> Result<(bool, u64), i32> {
        let Some(Open::Dir(dir)) = self.get(fd) else {
            return Err(errno::BADF);
        };
        let name = normalize(path).ok_or(errno::NOTCAPABLE)?;
        if name.is_empty() {
            return Ok((true, 0));
        }
        let file = self.dirs[dir].files.iter().find(|f| f.name == name);
        file.map(|f| (false, f.bytes.bytes().len() as u64))
            .ok_or(errno::NOENT)
    }

    /// Up to `len` bytes of the file open as `fd` from its position, and
    /// advances it. `None` when `fd` is not a file open for reading.
    pub fn read(&mut self, fd: u32, len: usize) -> Option<&[u8]> {
        let index = (fd - FIRST_FD) as usize;
        let Some(Some(Open::File { dir, file, pos, .. })) = self.open.get_mut(index) else {
            return None;
        };
        let data = self.dirs[*dir].files[*file].bytes.bytes();
        let start = usize::try_from(*pos).unwrap_or(usize::MAX).min(data.len());
        let n = (data.len() - start).min(len);
        *pos = (start + n) as u64;
        Some(&data[start..start + n])
    }

    /// Writes `data` at the position of the file open as `fd` (at its end
    /// when appending). `Ok(false)` when `fd` is not writable.
    pub fn write(&mut self, fd: u32, data: &[u8]) -> Result<bool, OverCap> {
        let Some(index) = fd.checked_sub(FIRST_FD) else {
            return Ok(false);
        };
        let Some(Some(Open::File {
            dir,
            file,
            pos,
            write: true,
            append,
        })) = self.open.get_mut(index as usize)
        else {
            return Ok(false);
        };
        let dir = &mut self.dirs[*dir];
        let (Some(caps), Content::Written(bytes)) =
            (&mut dir.writable, &mut dir.files[*file].bytes)
        else {
            return Ok(false);
        };
        let start = if *append { bytes.len() as u64 } else { *pos };
        let end = start.saturating_add(data.len() as u64);
        let growth = end.saturating_sub(bytes.len() as u64);
        if caps.used_bytes.saturating_add(growth) > caps.max_bytes {
            return Err(OverCap);
        }
        caps.used_bytes += growth;
        // Within the cap, so these sizes are small.
        let (start, end) = (start as usize, end as usize);
        if bytes.len() < end {
            bytes.resize(end, 0);
        }
        bytes[start..end].copy_from_slice(data);
        *pos = end as u64;
        Ok(true)
    }

    /// Moves the position of a file open as `fd`; its new position.
    pub fn seek(&mut self, fd: u32, offset: i64, whence: u8) -> Result<u64, i32> {
        let size = match self.get(fd) {
            Some(open @ Open::File { .. }) => self.size(open).unwrap_or(0),
            Some(Open::Dir(_)) => return Err(errno::ISDIR),
            None => return Err(errno::BADF),
        };
        let index = (fd - FIRST_FD) as usize;
        let Some(Some(Open::File { pos, .. })) = self.open.get_mut(index) else {
            return Err(errno::BADF);
        };
        let base = match whence {
            0 => 0,
            1 => *pos,
            2 => size,
            _ => return Err(errno::INVAL),
        };
        let new = i128::from(base) + i128::from(offset);
        // Past the end is allowed (a write there zero-fills, within caps).
        if !(0..=i128::from(i64::MAX)).contains(&new) {
            return Err(errno::INVAL);
        }
        *pos = new as u64;
        Ok(*pos)
    }

    /// Everything the guest wrote, by path.
    pub fn written(self) -> Vec<WrittenFile> {
        let mut out = Vec::new();
        for dir in self.dirs {
            for file in dir.files {
                if let Content::Written(bytes) = file.bytes {
                    out.push(WrittenFile {
                        path: format!("{}/{}", dir.path, file.name),
                        bytes,
                    });
                }
            }
        }
        out
    }
}

/// A guest path inside a preopened directory as one file name: `.` and
/// empty components dropped; `..`, nested directories and names that are
/// not UTF-8 refused (`None`). An empty result names the directory itself.
fn normalize(path: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(path).ok()?;
    let parts: Vec<&str> = text
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    match parts.as_slice() {
        [] => Some(String::new()),
        [name] if *name != ".." && !name.contains('\0') => Some((*name).to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guest_files::GuestDir;

    fn files() -> Files {
        Files::new(&GuestFiles {
            args: vec![],
            dirs: vec![
                GuestDir {
                    path: "/data".into(),
                    access: DirAccess::ReadOnly(vec![("input".into(), Arc::from(&b"1 2\n"[..]))]),
                },
                GuestDir {
                    path: "/feedback".into(),
                    access: DirAccess::Writable {
                        max_files: 2,
                        max_bytes: 8,
                    },
                },
            ],
        })
    }

    #[test]
    fn read_only_files_read_and_refuse_writes() {
        let mut f = files();
        assert_eq!(f.open(3, b"./input", 0, false, false), 0);
        let fd = f.last_opened.unwrap();
        assert_eq!(f.read(fd, 2), Some(&b"1 "[..]));
        assert_eq!(f.read(fd, 100), Some(&b"2\n"[..]));
        assert_eq!(f.read(fd, 100), Some(&b""[..]));
        assert_eq!(f.seek(fd, 0, 0), Ok(0));
        assert_eq!(f.open(3, b"input", O_TRUNC, false, false), errno::ACCES);
        assert_eq!(f.open(3, b"input", 0, true, false), errno::ACCES);
        assert_eq!(f.open(3, b"new", O_CREAT, true, false), errno::NOTCAPABLE);
        assert_eq!(f.open(3, b"missing", 0, false, false), errno::NOENT);
        assert_eq!(
            f.open(3, b"../etc/passwd", 0, false, false),
            errno::NOTCAPABLE
        );
        assert_eq!(f.open(3, b"a/b", 0, false, false), errno::NOTCAPABLE);
        assert!(matches!(f.write(fd, b"x"), Ok(false)));
    }

    #[test]
    fn writable_directory_caps_bytes_and_files() {
        let mut f = files();
        assert_eq!(f.open(4, b"judgemessage.txt", O_CREAT, true, false), 0);
        let fd = f.last_opened.unwrap();
        assert!(matches!(f.write(fd, b"hello"), Ok(true)));
        assert!(f.write(fd, b"world").is_err(), "8-byte cap");
        assert_eq!(f.open(4, b"b", O_CREAT, true, false), 0);
        assert_eq!(f.open(4, b"c", O_CREAT, true, false), errno::NOTCAPABLE);
        // Truncating gives the bytes back.
        assert_eq!(f.open(4, b"judgemessage.txt", O_TRUNC, true, false), 0);
        let again = f.last_opened.unwrap();
        assert!(matches!(f.write(again, b"12345678"), Ok(true)));
        let written = f.written();
        assert_eq!(written[0].path, "/feedback/judgemessage.txt");
        assert_eq!(written[0].bytes, b"12345678");
    }

    #[test]
    fn descriptors_are_bounded() {
        let mut f = files();
        let mut last = 0;
        for _ in 0..100 {
            last = f.open(3, b"input", 0, false, false);
        }
        assert_eq!(last, errno::MFILE);
    }
}
