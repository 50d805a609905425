//! Where a pack's files come from: a folder on disk or the packs embedded in
//! the binary. Both become the same in-memory file map, so loading and
//! validation never care which.

use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{include_dir, Dir};

use super::error::PackError;

static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../problems");

/// Every file of one pack, by path relative to the pack folder.
#[derive(Debug, Clone)]
pub struct PackFiles {
    /// How the pack folder is shown in messages (`problems/lru-cache`).
    pub root: String,
    pub files: BTreeMap<String, Vec<u8>>,
}

impl PackFiles {
    /// Reads a pack folder from disk.
    pub fn from_dir(dir: &Path) -> Result<PackFiles, PackError> {
        let root = dir.display().to_string();
        if !dir.join("problem.toml").is_file() {
            return Err(PackError::new(
                format!("{root}/problem.toml"),
                None,
                "missing file: every pack needs a problem.toml",
            ));
        }
        let mut files = BTreeMap::new();
        read_tree(dir, dir, &mut files)
            .map_err(|e| PackError::new(root.clone(), None, format!("cannot read: {e}")))?;
        Ok(PackFiles { root, files })
    }

    /// The packs built into the binary, by id.
    pub fn bundled() -> Vec<PackFiles> {
        BUNDLED
            .dirs()
            .map(|dir| {
                let mut files = BTreeMap::new();
                collect_embedded(dir, dir.path(), &mut files);
                PackFiles {
                    root: format!("problems/{}", dir.path().display()),
                    files,
                }
            })
            .collect()
    }

    /// A file's display path.
    pub fn display(&self, relative: &str) -> String {
        format!("{}/{}", self.root, relative)
    }

    pub fn text(&self, relative: &str) -> Result<Option<String>, PackError> {
        match self.files.get(relative) {
            None => Ok(None),
            Some(bytes) => String::from_utf8(bytes.clone())
                .map(Some)
                .map_err(|_| PackError::new(self.display(relative), None, "not UTF-8 text")),
        }
    }

    /// Files directly under `folder/` (or deeper), sorted by path.
    pub fn under<'a>(&'a self, folder: &'a str) -> impl Iterator<Item = (&'a String, &'a Vec<u8>)> {
        let prefix = format!("{folder}/");
        self.files
            .iter()
            .filter(move |(path, _)| path.starts_with(&prefix))
    }
}

fn read_tree(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type()?.is_dir() {
            read_tree(root, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            let key = slash_path(relative);
            out.insert(key, std::fs::read(&path)?);
        }
    }
    Ok(())
}

fn collect_embedded(dir: &Dir<'static>, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for file in dir.files() {
        if let Ok(relative) = file.path().strip_prefix(root) {
            let key = slash_path(relative);
            out.insert(key, file.contents().to_vec());
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, root, out);
    }
}

/// A relative path as a pack key: `/`-separated on every platform.
fn slash_path(relative: &Path) -> String {
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
