//! A person's practice record: each problem's best verdict so far, kept in
//! the user's data directory (`$XDG_DATA_HOME/judge/progress.json`), never
//! in a repository of solutions. `judge submit` records, `judge list` shows.
//! A damaged or foreign file is ignored (and replaced on the next record),
//! never trusted: it is read with a size cap and only known verdicts count.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::input;
use crate::language::Language;
use crate::verdict::Verdict;

/// The file inside the judge's data directory.
const FILE: &str = "progress.json";

/// The largest record read.
const CAP: u64 = 4 << 20;

/// Why the record could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SolvedError {
    #[error("cannot save the practice record in {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// One problem's entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The best verdict: `AC` once accepted, else the latest one.
    pub best: String,
    /// The languages it was accepted in.
    #[serde(default)]
    pub accepted_in: Vec<String>,
    /// How many submissions were recorded.
    #[serde(default)]
    pub submissions: u64,
}

impl Entry {
    /// The best verdict, if it names one.
    pub fn verdict(&self) -> Option<Verdict> {
        Verdict::parse(&self.best)
    }
}

/// Every problem's entry, by problem id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    #[serde(default)]
    pub problems: BTreeMap<String, Entry>,
}

/// `$JUDGE_PROGRESS` if set, else `progress.json` in the judge's data
/// directory (`$XDG_DATA_HOME/judge`, `~/.local/share/judge`).
pub fn default_path() -> PathBuf {
    match std::env::var_os("JUDGE_PROGRESS").filter(|v| !v.is_empty()) {
        Some(path) => PathBuf::from(path),
        None => crate::toolchain::data_dir().join(FILE),
    }
}

impl Record {
    /// The record at `path`; missing, unreadable or damaged is empty.
    pub fn load(path: &Path) -> Record {
        let bytes = match input::read_regular(path, CAP) {
            Ok(bytes) => bytes,
            Err(input::InputError::NotFound) => return Record::default(),
            Err(e) => {
                tracing::warn!("ignoring the practice record {}: {e}", path.display());
                return Record::default();
            }
        };
        serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            tracing::warn!(
                "ignoring the damaged practice record {}: {e}",
                path.display()
            );
            Record::default()
        })
    }

    /// Records a submission's verdict; an `AC` is never replaced.
    pub fn record(&mut self, problem: &str, language: Language, verdict: Verdict) {
        let entry = self
            .problems
            .entry(problem.to_string())
            .or_insert_with(|| Entry {
                best: verdict.code().to_string(),
                accepted_in: Vec::new(),
                submissions: 0,
            });
        entry.submissions = entry.submissions.saturating_add(1);
        if entry.verdict() != Some(Verdict::Accepted) {
            entry.best = verdict.code().to_string();
        }
        if verdict == Verdict::Accepted && !entry.accepted_in.iter().any(|l| l == language.name()) {
            entry.accepted_in.push(language.name().to_string());
            entry.accepted_in.sort();
        }
    }

    /// Writes the record atomically (a temporary file renamed over it), so
    /// two judges finishing at once leave one whole record.
    pub fn save(&self, path: &Path) -> Result<(), SolvedError> {
        let err = |source| SolvedError::Write {
            path: path.display().to_string(),
            source,
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(err)?;
        let text = serde_json::to_vec_pretty(self).map_err(|e| err(e.into()))?;
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(err)?;
        std::io::Write::write_all(&mut file, &text).map_err(err)?;
        file.persist(path).map_err(|e| err(e.error))?;
        Ok(())
    }
}

/// Loads the record at `path`, records one verdict and saves it.
pub fn record_at(
    path: &Path,
    problem: &str,
    language: Language,
    verdict: Verdict,
) -> Result<(), SolvedError> {
    let mut record = Record::load(path);
    record.record(problem, language, verdict);
    record.save(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_stays_best_and_languages_accumulate() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/progress.json");
        record_at(&path, "lru-cache", Language::Go, Verdict::WrongAnswer).unwrap();
        assert_eq!(Record::load(&path).problems["lru-cache"].best, "WA");
        record_at(&path, "lru-cache", Language::Go, Verdict::Accepted).unwrap();
        record_at(
            &path,
            "lru-cache",
            Language::Rust,
            Verdict::TimeLimitExceeded,
        )
        .unwrap();
        record_at(&path, "lru-cache", Language::Cpp, Verdict::Accepted).unwrap();
        let entry = &Record::load(&path).problems["lru-cache"];
        assert_eq!(entry.verdict(), Some(Verdict::Accepted));
        assert_eq!(entry.accepted_in, ["cpp", "go"]);
        assert_eq!(entry.submissions, 4);
    }

    #[test]
    fn a_damaged_record_is_ignored_and_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        std::fs::write(&path, "{ not json").unwrap();
        assert_eq!(Record::load(&path), Record::default());
        record_at(&path, "min-stack", Language::C, Verdict::Accepted).unwrap();
        assert_eq!(Record::load(&path).problems.len(), 1);
    }
}
