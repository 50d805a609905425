//! `--shard K/N`: splitting a check across N CI jobs. Solutions are sorted
//! by path and dealt round-robin, so shard K takes every N-th one starting at
//! the K-th: the shards are balanced, and together 1/N..N/N cover every
//! solution exactly once. (Adding a file shifts later files between shards,
//! which is harmless: every run still covers everything.)

use std::fmt;
use std::str::FromStr;

/// Shard `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl Shard {
    /// Everything in one shard.
    pub const ALL: Shard = Shard { index: 1, count: 1 };

    /// Whether the item at `position` (0-based, in path order) is in this shard.
    pub fn contains(self, position: usize) -> bool {
        position % self.count == self.index - 1
    }

    /// The items of this shard, in order.
    pub fn select<T>(self, items: Vec<T>) -> Vec<T> {
        items
            .into_iter()
            .enumerate()
            .filter(|(i, _)| self.contains(*i))
            .map(|(_, item)| item)
            .collect()
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Shard, String> {
        let bad = || {
            format!("invalid shard `{text}`: expected K/N with 1 <= K <= N (e.g. `--shard 2/3`)")
        };
        let (k, n) = text.trim().split_once('/').ok_or_else(bad)?;
        let index: usize = k.trim().parse().map_err(|_| bad())?;
        let count: usize = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2/3".parse(), Ok(Shard { index: 2, count: 3 }));
        for bad in ["0/3", "4/3", "1/0", "1", "a/b", "1/2/3", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn shards_cover_everything_once() {
        let items: Vec<usize> = (0..10).collect();
        let mut seen: Vec<usize> = (1..=3)
            .flat_map(|k| Shard { index: k, count: 3 }.select(items.clone()))
            .collect();
        seen.sort();
        assert_eq!(seen, items);
        assert_eq!(Shard::ALL.select(items.clone()), items);
    }
}
