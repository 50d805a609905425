//! The problems a judge knows: the packs built into the binary, plus packs
//! from `--problems DIR`, which add to or override them by id. Packs load
//! lazily: the registry reads only each pack's summary (`problem.toml`,
//! statement, starters), enough for `list`, `show` and `init`; a pack's
//! tests, references and solutions are read the first time it is judged.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::pack::{Pack, PackError, PackErrors, PackFiles, Scope};

#[derive(Debug, Default)]
pub struct Registry {
    packs: BTreeMap<String, Entry>,
}

/// One known pack: its summary now, the whole pack once asked for.
#[derive(Debug)]
struct Entry {
    summary: Pack,
    origin: Origin,
    full: OnceLock<Result<Pack, PackErrors>>,
}

/// Where a pack's files are, to read the rest of them later.
#[derive(Debug)]
enum Origin {
    /// Built into the binary, by folder name.
    Bundled(String),
    Disk(PathBuf),
}

impl Registry {
    /// The bundled packs, then every pack folder under each of `dirs` (a
    /// folder holding `problem.toml` is itself a pack): their summaries,
    /// validated. A pack's other files are read by [`Registry::pack`].
    pub fn load(dirs: &[impl AsRef<Path>]) -> Result<Registry, PackErrors> {
        let mut registry = Registry::default();
        let mut errors = Vec::new();
        for files in PackFiles::bundled_in(Scope::Summary) {
            let folder = files
                .root
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string();
            match Pack::load(&files) {
                Ok(pack) => registry.insert(pack, Origin::Bundled(folder)),
                Err(mut e) => errors.append(&mut e.0),
            }
        }
        for dir in dirs {
            let dir = dir.as_ref();
            let folders: Vec<PathBuf> = if dir.join("problem.toml").is_file() {
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
                match PackFiles::from_dir_in(&folder, Scope::Summary)
                    .map_err(PackErrors::from)
                    .and_then(|f| Pack::load(&f))
                {
                    Ok(pack) => registry.insert(pack, Origin::Disk(folder)),
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

    fn insert(&mut self, summary: Pack, origin: Origin) {
        let entry = Entry {
            summary,
            origin,
            full: OnceLock::new(),
        };
        self.packs.insert(entry.summary.id.clone(), entry);
    }

    /// The summary of pack `id`: metadata, statement, signature, limits and
    /// starters, but no tests, references or solutions.
    pub fn summary(&self, id: &str) -> Option<&Pack> {
        self.packs.get(id).map(|e| &e.summary)
    }

    /// The whole pack `id`, read and validated on first use (`None`: no
    /// such pack). A pack whose summary was sound can still fail here, for
    /// a broken test file or a missing reference.
    pub fn pack(&self, id: &str) -> Option<Result<&Pack, &PackErrors>> {
        let entry = self.packs.get(id)?;
        Some(entry.full.get_or_init(|| entry.load_full()).as_ref())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.packs.contains_key(id)
    }

    /// Every pack's summary, by id.
    pub fn summaries(&self) -> impl Iterator<Item = &Pack> {
        self.packs.values().map(|e| &e.summary)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.packs.keys().map(String::as_str)
    }

    /// The known ids closest to `id`, best first.
    pub fn suggest(&self, id: &str) -> Vec<String> {
        suggest(id, self.ids())
    }
}

impl Entry {
    fn load_full(&self) -> Result<Pack, PackErrors> {
        let files = match &self.origin {
            Origin::Bundled(folder) => PackFiles::bundled_folder(folder).ok_or_else(|| {
                PackErrors::from(PackError::new(
                    self.summary.root.clone(),
                    None,
                    "the bundled pack is missing",
                ))
            })?,
            Origin::Disk(dir) => PackFiles::from_dir(dir)?,
        };
        let pack = Pack::load(&files)?;
        if pack.id != self.summary.id {
            return Err(PackError::new(
                files.display("problem.toml"),
                None,
                format!(
                    "the pack's id changed from `{}` to `{}` while the judge ran",
                    self.summary.id, pack.id
                ),
            )
            .into());
        }
        Ok(pack)
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
