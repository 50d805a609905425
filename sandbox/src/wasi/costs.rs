//! What each WASI call costs in fuel, so that fuel bounds wall time even for
//! a guest that does nothing but call the host.
//!
//! A call costs a base amount plus an amount per unit of work it does (bytes
//! copied or generated, iovecs or subscriptions read). The numbers come from
//! `cargo bench -p sandbox --bench limits`, which times a guest looping on
//! each call until its fuel runs out against a pure-computation loop with
//! the same fuel: each charge is set so that the host-call loop takes at most
//! about the wall time of the computation (the target is at most 3x), while
//! staying small next to the instructions a real program spends around the
//! call. `docs/protocol.md` lists them ("Host call costs").

/// Every WASI call, whatever it does.
pub const CALL: u64 = 500;
/// A call mark of the `judge` import module (`call_begin`, `call_end`):
/// a driver makes two per user call, so they cost what the host's work
/// for them costs (an entry, a few stores), not a full WASI call.
pub const MARK: u64 = 64;
/// A call to a denied function (through wasmtime's slower untyped path).
pub const DENIED_CALL: u64 = 2_000;
/// Each iovec of `fd_write` or `fd_read`.
pub const IOVEC: u64 = 64;
/// Each subscription of `poll_oneoff`.
pub const SUBSCRIPTION: u64 = 300;
/// Bytes copied in or out of guest memory (`fd_write`, `fd_read`), per KiB.
pub const COPY_PER_KIB: u64 = 256;
/// Random bytes generated (`random_get`), per KiB.
pub const RANDOM_PER_KIB: u64 = 4_096;

/// Fuel for `bytes` at `per_kib` fuel per KiB, rounded up.
pub fn per_kib(bytes: u64, per_kib: u64) -> u64 {
    bytes.saturating_mul(per_kib).div_ceil(1024)
}
