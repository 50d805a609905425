//! A generated call test in the compact form a run needs: the driver's
//! stdin and the reference's result lines, both as bytes. It is computed
//! once per pack version and test, kept in the judge's (sealed) cache, and
//! a run's results are compared with it line by line, without building
//! JSON trees: regenerating the calls and parsing expected outputs was a
//! large part of a cached re-judge.

use serde_json::Value;

/// What a stored entry starts with (and the version of its layout).
const MAGIC: &[u8; 4] = b"JPC1";

/// A generated call test, ready to run and check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedCalls {
    stdin: Vec<u8>,
    /// Every expected result line, without its newline, back to back.
    expected: Vec<u8>,
    /// Where each line ends in `expected`.
    ends: Vec<usize>,
}

impl PreparedCalls {
    /// A test from its encoded calls and the reference's result lines
    /// (each a JSON value, one per call).
    pub fn new<'a>(stdin: Vec<u8>, lines: impl IntoIterator<Item = &'a [u8]>) -> PreparedCalls {
        let mut expected = Vec::new();
        let mut ends = Vec::new();
        for line in lines {
            expected.extend_from_slice(line);
            ends.push(expected.len());
        }
        PreparedCalls {
            stdin,
            expected,
            ends,
        }
    }

    /// The bytes the driver reads on stdin.
    pub fn stdin(&self) -> &[u8] {
        &self.stdin
    }

    /// How many calls (and expected results) the test has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The expected result of call `index` as the reference wrote it.
    pub fn line(&self, index: usize) -> &[u8] {
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i]);
        &self.expected[start..self.ends[index]]
    }

    /// Whether `results` are byte for byte the expected lines. Equal text
    /// is an equal value, so this is a match under every checker whose
    /// comparison accepts equal values; a `false` says nothing either way.
    pub fn matches_exactly(&self, results: &[&[u8]]) -> bool {
        results.len() == self.len() && results.iter().enumerate().all(|(i, r)| *r == self.line(i))
    }

    /// The expected results as JSON values, for a checker's comparison and
    /// failure reports.
    pub fn expected_values(&self) -> Result<Vec<Value>, String> {
        (0..self.len())
            .map(|i| {
                serde_json::from_slice(self.line(i))
                    .map_err(|e| format!("expected result {} is not a JSON value: {e}", i + 1))
            })
            .collect()
    }

    /// The stored form: magic, then the stdin and each line, each preceded
    /// by its length (little-endian `u64`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            MAGIC.len() + 16 + self.stdin.len() + self.expected.len() + 8 * self.len(),
        );
        out.extend_from_slice(MAGIC);
        put(&mut out, &self.stdin);
        out.extend_from_slice(&(self.len() as u64).to_le_bytes());
        for i in 0..self.len() {
            put(&mut out, self.line(i));
        }
        out
    }

    /// Reads the stored form; `None` for anything malformed (it is then
    /// recomputed). Never allocates more than `bytes` holds.
    pub fn from_bytes(bytes: &[u8]) -> Option<PreparedCalls> {
        let mut reader = Reader(bytes.strip_prefix(MAGIC.as_slice())?);
        let stdin = reader.chunk()?.to_vec();
        let count = usize::try_from(reader.u64()?).ok()?;
        // Each line takes at least its 8-byte length.
        if count > reader.0.len() / 8 {
            return None;
        }
        let mut lines = Vec::with_capacity(count);
        for _ in 0..count {
            lines.push(reader.chunk()?);
        }
        reader
            .0
            .is_empty()
            .then(|| PreparedCalls::new(stdin, lines))
    }
}

fn put(out: &mut Vec<u8>, chunk: &[u8]) {
    out.extend_from_slice(&(chunk.len() as u64).to_le_bytes());
    out.extend_from_slice(chunk);
}

/// Bounds-checked reading of the stored form.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn u64(&mut self) -> Option<u64> {
        let (head, rest) = self.0.split_first_chunk::<8>()?;
        self.0 = rest;
        Some(u64::from_le_bytes(*head))
    }

    fn chunk(&mut self) -> Option<&'a [u8]> {
        let len = usize::try_from(self.u64()?).ok()?;
        if len > self.0.len() {
            return None;
        }
        let (chunk, rest) = self.0.split_at(len);
        self.0 = rest;
        Some(chunk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> PreparedCalls {
        PreparedCalls::new(
            b"3\nLRUCache 2\nput 1 1\nget 1\n".to_vec(),
            [&b"null"[..], b"null", b"1"],
        )
    }

    #[test]
    fn round_trips_and_compares_lines() {
        let prepared = sample();
        let back = PreparedCalls::from_bytes(&prepared.to_bytes()).expect("reads back");
        assert_eq!(back, prepared);
        assert_eq!(back.line(2), b"1");
        assert!(back.matches_exactly(&[b"null", b"null", b"1"]));
        assert!(!back.matches_exactly(&[b"null", b"null", b"1.0"]));
        assert!(!back.matches_exactly(&[b"null", b"null"]));
        assert_eq!(
            back.expected_values().unwrap(),
            vec![Value::Null, Value::Null, Value::from(1)]
        );
    }

    #[test]
    fn malformed_entries_are_refused_without_allocating() {
        let bytes = sample().to_bytes();
        for cut in 0..bytes.len() {
            assert_eq!(
                PreparedCalls::from_bytes(&bytes[..cut]),
                None,
                "cut at {cut}"
            );
        }
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&0u64.to_le_bytes());
        huge.extend_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(PreparedCalls::from_bytes(&huge), None);
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert_eq!(PreparedCalls::from_bytes(&trailing), None);
    }
}
