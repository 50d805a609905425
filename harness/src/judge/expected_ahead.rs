//! Expected outputs ahead of need. A first submit with no stored expected
//! outputs used to compile the solution, then (once the first generated
//! test came up) compile the reference, twice when two runner threads
//! reached generated tests together, and run it test by test. Here the
//! reference is built once per judge (other threads wait for it), each
//! expected output is computed by one thread (the others wait for it), and
//! [`Judge::judge`] starts computing the missing ones in the background
//! while the solution compiles: the reference's compile and runs overlap
//! the solution's compile and Cranelift load.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use sandbox::Program;

use super::{Judge, Submission, EXPECTED_FROM};
use crate::language::Language;
use crate::pack::{Pack, PackSource};
use crate::signature::Signature;

impl Judge {
    /// Computes (and stores) the expected outputs of `pack`'s generated
    /// tests that neither store holds yet, in test order, until `cancel`
    /// is set. Failures are left for the test that needs the output to
    /// report.
    pub(super) fn prepare_expected_ahead(&self, pack: &Pack, cancel: &AtomicBool) {
        // The reference first: its compile is the longest step, and it
        // overlaps the solution's compile best.
        if let Some(spec) = pack.generated.first() {
            if let Ok((lang, reference)) = self.reference_choice(pack, &spec.name, EXPECTED_FROM) {
                let _ = self.reference_program(pack, lang, reference);
            }
        }
        for generated_index in 0..pack.generated.len() {
            if cancel.load(Ordering::SeqCst) {
                return;
            }
            if !self.expected_stored(pack, generated_index) {
                let _ = self.load_test(pack, pack.tests.len() + generated_index);
            }
        }
    }

    /// Whether some store has an entry for the expected output of
    /// generated test `generated_index` (unverified: a hint whether
    /// computing ahead is needed, never trusted as an answer).
    pub(super) fn expected_stored(&self, pack: &Pack, generated_index: usize) -> bool {
        let name = &pack.generated[generated_index].name;
        let (_, entry) = if pack.signature == Signature::Stdio {
            self.answer_cache(pack, name, "\nstdio", "ans")
        } else {
            self.answer_cache(pack, name, "\ncalls", "calls")
        };
        let shared = crate::shared_store::entry_name(&entry);
        self.shared
            .as_ref()
            .is_some_and(|s| s.root().join(&shared).is_file())
            || self
                .cache
                .as_ref()
                .is_some_and(|c| c.root().join(&entry).is_file())
    }

    /// The reference in `lang`, built once per judge: a thread that needs
    /// it while another builds it waits instead of compiling it again.
    pub(super) fn reference_program(
        &self,
        pack: &Pack,
        lang: Language,
        reference: &PackSource,
    ) -> Result<Program, String> {
        let key = format!("{}\n{}", pack.content_hash, reference.path);
        // Held while building: the single flight.
        let mut built = self
            .references
            .lock()
            .map_err(|_| "a reference build panicked".to_string())?;
        if let Some(found) = built.get(&key) {
            return Ok(found.clone());
        }
        let submission = Submission::of_pack_file(&reference.path, lang, &reference.bytes);
        let program = self
            .build(pack, &submission)
            .map_err(|f| {
                format!(
                    "the reference solution {} failed to build: {}",
                    reference.path, f.message
                )
            })?
            .program;
        built.insert(key, program.clone());
        Ok(program)
    }

    /// The lock whoever computes the expected output `key` holds, so a
    /// second thread that needs it waits for the first instead of running
    /// the reference again.
    pub(super) fn computing(&self, key: &str) -> Arc<Mutex<()>> {
        let mut map = self
            .computing
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        map.retain(|_, lock| Arc::strong_count(lock) > 1);
        map.entry(key.to_string()).or_default().clone()
    }
}
