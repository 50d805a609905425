//! Bounds-checked access to a guest's linear memory seen as a byte slice.
//! Every pointer and length comes from the guest, so every access is checked
//! here and a bad one is `None` (the caller answers `EFAULT`), never a panic.

use std::ops::Range;

/// The byte range `[ptr, ptr + len)` if it lies inside `mem`.
pub fn region(mem: &[u8], ptr: u32, len: u64) -> Option<Range<usize>> {
    let start = usize::try_from(ptr).ok()?;
    let end = start.checked_add(usize::try_from(len).ok()?)?;
    (end <= mem.len()).then_some(start..end)
}

/// The `len` bytes at `ptr`.
pub fn bytes(mem: &[u8], ptr: u32, len: u64) -> Option<&[u8]> {
    region(mem, ptr, len).map(|r| &mem[r])
}

/// The `len` bytes at `ptr`, writable.
pub fn bytes_mut(mem: &mut [u8], ptr: u32, len: u64) -> Option<&mut [u8]> {
    region(mem, ptr, len).map(|r| &mut mem[r])
}

/// Copies `data` to `ptr`; false if it does not fit.
pub fn write(mem: &mut [u8], ptr: u32, data: &[u8]) -> bool {
    match bytes_mut(mem, ptr, data.len() as u64) {
        Some(dst) => {
            dst.copy_from_slice(data);
            true
        }
        None => false,
    }
}

pub fn read_u32(mem: &[u8], ptr: u32) -> Option<u32> {
    let b = bytes(mem, ptr, 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

pub fn read_u64(mem: &[u8], ptr: u32) -> Option<u64> {
    let lo = read_u32(mem, ptr)?;
    let hi = read_u32(mem, ptr.checked_add(4)?)?;
    Some(u64::from(lo) | (u64::from(hi) << 32))
}

/// The address of element `index` of an array of `size`-byte elements at
/// `base`, when it fits in 32 bits.
pub fn element(base: u32, index: u32, size: u32) -> Option<u32> {
    base.checked_add(index.checked_mul(size)?)
}
