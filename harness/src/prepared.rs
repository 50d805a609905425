//! A generated call test in the compact form a run needs: the driver's
//! stdin and the reference's result lines, both as bytes. It is computed
//! once per pack version and test, kept in the judge's (sealed) cache, and
//! a run's results are compared with it line by line, without building
//! JSON trees: regenerating the calls and parsing expected outputs was a
//! large part of a cached re-judge.

use serde_json::Value;

/// What a stored entry starts with (and the version of its layout).
const MAGIC: &[u8; 4] = b"JPC1";

/// A generated call test, ready to run and check. One buffer holds the
/// stdin and every expected line: read back from the cache it is the
/// stored entry itself, so a run copies none of a large test's bytes.
#[derive(Debug, Clone)]
pub struct PreparedCalls {
    data: Vec<u8>,
    /// Where the driver's stdin lies in `data`.
    stdin: std::ops::Range<usize>,
    /// Where the first expected line's length prefix (if any) starts.
    lines_from: usize,
    /// Bytes before each line: its length prefix in the stored form, none
    /// in a test built with [`PreparedCalls::new`].
    gap: usize,
    /// Where each line ends in `data`.
    ends: Vec<usize>,
}

impl PartialEq for PreparedCalls {
    fn eq(&self, other: &Self) -> bool {
        self.stdin() == other.stdin()
            && self.len() == other.len()
            && (0..self.len()).all(|i| self.line(i) == other.line(i))
    }
}

impl Eq for PreparedCalls {}

impl PreparedCalls {
    /// A test from its encoded calls and the reference's result lines
    /// (each a JSON value, one per call).
    pub fn new<'a>(stdin: Vec<u8>, lines: impl IntoIterator<Item = &'a [u8]>) -> PreparedCalls {
        let lines_from = stdin.len();
        let mut data = stdin;
        let mut ends = Vec::new();
        for line in lines {
            data.extend_from_slice(line);
            ends.push(data.len());
        }
        PreparedCalls {
            data,
            stdin: 0..lines_from,
            lines_from,
            gap: 0,
            ends,
        }
    }

    /// The bytes the driver reads on stdin.
    pub fn stdin(&self) -> &[u8] {
        &self.data[self.stdin.clone()]
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
        let start = index
            .checked_sub(1)
            .map_or(self.lines_from, |i| self.ends[i])
            + self.gap;
        &self.data[start..self.ends[index]]
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
        let mut out =
            Vec::with_capacity(MAGIC.len() + 16 + self.data.len() + (8 + self.gap) * self.len());
        out.extend_from_slice(MAGIC);
        put(&mut out, self.stdin());
        out.extend_from_slice(&(self.len() as u64).to_le_bytes());
        for i in 0..self.len() {
            put(&mut out, self.line(i));
        }
        out
    }

    /// Reads the stored form, keeping `bytes` as its buffer; `None` for
    /// anything malformed (it is then recomputed). Allocates only the line
    /// index, never more entries than `bytes` can hold.
    pub fn from_bytes(bytes: Vec<u8>) -> Option<PreparedCalls> {
        let mut reader = Reader {
            bytes: bytes.strip_prefix(MAGIC.as_slice())?,
            at: MAGIC.len(),
        };
        let stdin = reader.chunk()?;
        let count = usize::try_from(reader.u64()?).ok()?;
        // Each line takes at least its 8-byte length.
        if count > reader.bytes.len() / 8 {
            return None;
        }
        let lines_from = reader.at;
        let mut ends = Vec::with_capacity(count);
        for _ in 0..count {
            ends.push(reader.chunk()?.end);
        }
        if !reader.bytes.is_empty() {
            return None;
        }
        Some(PreparedCalls {
            data: bytes,
            stdin,
            lines_from,
            gap: 8,
            ends,
        })
    }
}

fn put(out: &mut Vec<u8>, chunk: &[u8]) {
    out.extend_from_slice(&(chunk.len() as u64).to_le_bytes());
    out.extend_from_slice(chunk);
}

/// Bounds-checked reading of the stored form: what is left, and where it
/// starts in the whole entry.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn u64(&mut self) -> Option<u64> {
        let (head, rest) = self.bytes.split_first_chunk::<8>()?;
        self.bytes = rest;
        self.at += 8;
        Some(u64::from_le_bytes(*head))
    }

    /// The next length-prefixed chunk, as a range of the whole entry.
    fn chunk(&mut self) -> Option<std::ops::Range<usize>> {
        let len = usize::try_from(self.u64()?).ok()?;
        if len > self.bytes.len() {
            return None;
        }
        self.bytes = &self.bytes[len..];
        let start = self.at;
        self.at += len;
        Some(start..self.at)
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
        let back = PreparedCalls::from_bytes(prepared.to_bytes()).expect("reads back");
        assert_eq!(back, prepared);
        assert_eq!(back.stdin(), prepared.stdin());
        assert_eq!(back.to_bytes(), prepared.to_bytes());
        assert_eq!(back.line(2), b"1");
        assert!(back.matches_exactly(&[b"null", b"null", b"1"]));
        assert!(!back.matches_exactly(&[b"null", b"null", b"1.0"]));
        assert!(!back.matches_exactly(&[b"null", b"null"]));
        assert_eq!(
            back.expected_values().unwrap(),
            vec![Value::Null, Value::Null, Value::from(1)]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_test_round_trips(
            stdin in proptest::collection::vec(proptest::num::u8::ANY, 0..64),
            lines in proptest::collection::vec(proptest::collection::vec(proptest::num::u8::ANY, 0..16), 0..16),
        ) {
            let prepared = PreparedCalls::new(stdin.clone(), lines.iter().map(Vec::as_slice));
            let back = PreparedCalls::from_bytes(prepared.to_bytes()).expect("reads back");
            proptest::prop_assert_eq!(back.stdin(), &stdin[..]);
            proptest::prop_assert_eq!(back.len(), lines.len());
            for (i, line) in lines.iter().enumerate() {
                proptest::prop_assert_eq!(back.line(i), &line[..]);
            }
            let results: Vec<&[u8]> = lines.iter().map(Vec::as_slice).collect();
            proptest::prop_assert!(back.matches_exactly(&results));
        }

        #[test]
        fn any_bytes_read_back_or_refuse_without_panicking(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..256),
        ) {
            let mut entry = MAGIC.to_vec();
            entry.extend_from_slice(&bytes);
            if let Some(read) = PreparedCalls::from_bytes(entry.clone()) {
                // What reads back writes back the same bytes.
                proptest::prop_assert_eq!(read.to_bytes(), entry);
            }
        }
    }

    #[test]
    fn malformed_entries_are_refused_without_allocating() {
        let bytes = sample().to_bytes();
        for cut in 0..bytes.len() {
            assert_eq!(
                PreparedCalls::from_bytes(bytes[..cut].to_vec()),
                None,
                "cut at {cut}"
            );
        }
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&0u64.to_le_bytes());
        huge.extend_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(PreparedCalls::from_bytes(huge), None);
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert_eq!(PreparedCalls::from_bytes(trailing), None);
    }
}
