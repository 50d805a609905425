//! The verdict cache. Judging is deterministic (fuel, not time; seeded
//! randomness; virtual clocks), so a finished report is a pure function of
//! the compiled module, the pack's content, the seed, the options that
//! change what runs, and the judge build. `judge check` of an unchanged
//! repository and a repeated `judge submit` reuse the report instead of
//! running every test again. Entries live in the judge's [`SealedDir`]: a
//! forged or damaged entry fails authentication and is a miss, never a
//! wrong verdict.

use sandbox::SealedDir;
use sha2::{Digest, Sha256};

use crate::judge::{JudgeOptions, Report};
use crate::language::Language;
use crate::pack::Pack;
use crate::verdict::Verdict;

/// Versions the key derivation and the entry format.
const MAGIC: &[u8] = b"judge-verdict-cache-v1\n";

/// The entry name for judging `wasm` (as `language`) against `pack` with
/// `options`: covers everything a report depends on.
pub fn entry_name(wasm: &[u8], language: Language, pack: &Pack, options: &JudgeOptions) -> String {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(MAGIC);
    field(crate::file_identity::judge_build().as_bytes());
    field(&Sha256::digest(wasm));
    field(language.name().as_bytes());
    field(pack.id.as_bytes());
    field(pack.content_hash.as_bytes());
    field(&options.seed.to_le_bytes());
    field(&[u8::from(options.stop_at_first_failure)]);
    field(options.complexity.name().as_bytes());
    format!("verdicts/{}.json", hex::encode(h.finalize()))
}

/// The cached report at `name`, marked as cached; `None` when absent,
/// unauthenticated or unreadable.
pub fn load(cache: &SealedDir, name: &str) -> Option<Report> {
    let bytes = cache.read(name)?;
    let mut report: Report = serde_json::from_slice(&bytes)
        .map_err(|e| tracing::warn!(%name, "ignoring an unreadable verdict cache entry: {e}"))
        .ok()?;
    report.cached = true;
    Some(report)
}

/// Stores `report` at `name` when it may be reused; failing to write only
/// costs a re-run next time.
pub fn store(cache: &SealedDir, name: &str, report: &Report) {
    if !reusable(report) {
        return;
    }
    let written = serde_json::to_vec(report)
        .map_err(std::io::Error::other)
        .and_then(|bytes| cache.write(name, &bytes));
    if let Err(e) = written {
        tracing::warn!("cannot write the verdict cache: {e}");
    }
}

/// An internal error is the judge's (a missing toolchain for a reference,
/// the wall-clock backstop) and may not happen next time: never reused.
fn reusable(report: &Report) -> bool {
    report.verdict != Verdict::InternalError
        && report
            .tests
            .iter()
            .all(|t| t.verdict != Some(Verdict::InternalError))
}
