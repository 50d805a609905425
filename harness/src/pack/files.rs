//! Where a pack's files come from: a folder on disk or the packs embedded in
//! the binary. Both become the same in-memory file map, so loading and
//! validation never care which.

use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{include_dir, Dir};

use super::error::PackError;
use crate::input::{self, InputError};

/// The largest file a pack on disk may hold (the biggest bundled test file
/// is about 300 KB).
pub const PACK_FILE_CAP: u64 = 64 << 20;

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
        read_tree(dir, dir, &mut files).map_err(|(relative, e)| {
            let file = if relative.is_empty() {
                root.clone()
            } else {
                format!("{root}/{relative}")
            };
            PackError::new(file, None, format!("cannot read: {e}"))
        })?;
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

/// Reads every file below `dir`; an error comes with the path (relative to
/// `root`) of what could not be read. Only regular files inside the pack are
/// read (no FIFOs, devices or links leaving it), each at most
/// [`PACK_FILE_CAP`] bytes.
fn read_tree(
    root: &Path,
    dir: &Path,
    out: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), (String, InputError)> {
    let relative_of = |path: &Path| path.strip_prefix(root).map(slash_path).unwrap_or_default();
    let entries = std::fs::read_dir(dir).map_err(|e| (relative_of(dir), e.into()))?;
    for entry in entries {
        let entry = entry.map_err(|e| (relative_of(dir), e.into()))?;
        let path = entry.path();
        let key = relative_of(&path);
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            return Err((key, InputError::NotUtf8Name));
        };
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(|e| (key.clone(), e.into()))?;
        if kind.is_dir() {
            read_tree(root, &path, out)?;
        } else {
            let bytes = input::read_inside(root, &path, PACK_FILE_CAP, "the pack")
                .map_err(|e| (key.clone(), e))?;
            out.insert(key, bytes);
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
