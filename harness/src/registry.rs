//! The problems a judge knows: the packs built into the binary, plus packs
//! from `--problems DIR`, which add to or override them by id.

use std::collections::BTreeMap;
use std::path::Path;

use crate::pack::{Pack, PackError, PackErrors, PackFiles};

#[derive(Debug, Default)]
pub struct Registry {
    packs: BTreeMap<String, Pack>,
}

impl Registry {
    /// The bundled packs, then every pack folder under each of `dirs` (a
    /// folder holding `problem.toml` is itself a pack).
    pub fn load(dirs: &[impl AsRef<Path>]) -> Result<Registry, PackErrors> {
        let mut registry = Registry::default();
        let mut errors = Vec::new();
        for files in PackFiles::bundled() {
            match Pack::load(&files) {
                Ok(pack) => {
                    registry.packs.insert(pack.id.clone(), pack);
                }
                Err(mut e) => errors.append(&mut e.0),
            }
        }
        for dir in dirs {
            let dir = dir.as_ref();
            let folders: Vec<std::path::PathBuf> = if dir.join("problem.toml").is_file() {
                vec![dir.to_path_buf()]
            } else {
                match std::fs::read_dir(dir) {
                    Ok(entries) => {
                        let mut found: Vec<_> = entries
                            .filter_map(Result::ok)
                            .map(|e| e.path())
                            .filter(|p| p.join("problem.toml").is_file())
                            .collect();
                        found.sort();
                        found
                    }
                    Err(e) => {
                        errors.push(PackError::new(
                            dir.display().to_string(),
                            None,
                            format!("cannot read problems folder: {e}"),
                        ));
                        continue;
                    }
                }
            };
            for folder in folders {
                match PackFiles::from_dir(&folder)
                    .map_err(PackErrors::from)
                    .and_then(|f| Pack::load(&f))
                {
                    Ok(pack) => {
                        registry.packs.insert(pack.id.clone(), pack);
                    }
                    Err(mut e) => errors.append(&mut e.0),
                }
            }
        }
        if errors.is_empty() {
            Ok(registry)
        } else {
            Err(PackErrors(errors))
        }
    }

    pub fn get(&self, id: &str) -> Option<&Pack> {
        self.packs.get(id)
    }

    pub fn packs(&self) -> impl Iterator<Item = &Pack> {
        self.packs.values()
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.packs.keys().map(String::as_str)
    }

    /// The known ids closest to `id`, best first.
    pub fn suggest(&self, id: &str) -> Vec<String> {
        suggest(id, self.ids())
    }
}

/// Ids close to `id` by edit distance, or containing it, best first.
pub fn suggest<'a>(id: &str, known: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut scored: Vec<(usize, String)> = known
        .filter_map(|k| {
            let distance = edit_distance(id, k);
            let close =
                distance <= (k.len().max(id.len()) / 3).max(2) || k.contains(id) || id.contains(k);
            close.then(|| (distance, k.to_string()))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, k)| k).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut prev = row[0];
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let next = (row[j] + 1).min(row[j - 1] + 1).min(prev + cost);
            prev = row[j];
            row[j] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_nearby_ids() {
        let ids = ["lru-cache", "implement-trie", "merge-k-sorted-lists"];
        assert_eq!(suggest("lru-cach", ids.into_iter()), vec!["lru-cache"]);
        assert_eq!(suggest("trie", ids.into_iter()), vec!["implement-trie"]);
        assert!(suggest("zzzzzzzz", ids.into_iter()).is_empty());
    }
}
