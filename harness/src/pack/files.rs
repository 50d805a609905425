//! Where a pack's files come from: a folder on disk or the packs embedded in
//! the binary. Both become the same in-memory file map, so loading and
//! validation never care which. A [`Scope::Summary`] read opens only what
//! `list`, `show` and `init` need, so a pack's test data (which may be
//! large) is read only when that pack is judged.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use include_dir::{include_dir, Dir};

use super::error::PackError;
use crate::input::{self, InputError};

/// The largest file a pack on disk may hold (the biggest bundled test file
/// is about 300 KB).
pub const PACK_FILE_CAP: u64 = 64 << 20;

static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../problems");

/// Which of a pack's files are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Scope {
    /// Every file: what judging and validation need.
    #[default]
    Full,
    /// `problem.toml`, the statement and the starters: what `list`, `show`
    /// and `init` need. Other files are only named (in
    /// [`PackFiles::unread`]), never opened.
    Summary,
}

impl Scope {
    /// Whether this scope reads the file at `relative`.
    fn reads(self, relative: &str) -> bool {
        self == Scope::Full
            || matches!(relative, "problem.toml" | "statement.md")
            || relative.starts_with("starters/")
    }
}

/// The files of one pack, by path relative to the pack folder.
#[derive(Debug, Clone, Default)]
pub struct PackFiles {
    /// How the pack folder is shown in messages (`problems/lru-cache`).
    pub root: String,
    /// The files read, with their contents.
    pub files: BTreeMap<String, Vec<u8>>,
    /// What was read: everything, or a summary.
    pub scope: Scope,
    /// The files a summary left unread: names only.
    pub unread: BTreeSet<String>,
}

impl PackFiles {
    /// Reads a pack folder from disk.
    pub fn from_dir(dir: &Path) -> Result<PackFiles, PackError> {
        PackFiles::from_dir_in(dir, Scope::Full)
    }

    /// Reads the files of a pack folder that `scope` needs.
    pub fn from_dir_in(dir: &Path, scope: Scope) -> Result<PackFiles, PackError> {
        let root = dir.display().to_string();
        if !dir.join("problem.toml").is_file() {
            return Err(PackError::new(
                format!("{root}/problem.toml"),
                None,
                "missing file: every pack needs a problem.toml",
            ));
        }
        let mut pack = PackFiles {
            root: root.clone(),
            scope,
            ..PackFiles::default()
        };
        read_tree(dir, dir, &mut pack).map_err(|(relative, e)| {
            let file = if relative.is_empty() {
                root.clone()
            } else {
                format!("{root}/{relative}")
            };
            PackError::new(file, None, format!("cannot read: {e}"))
        })?;
        Ok(pack)
    }

    /// The packs built into the binary, by id.
    pub fn bundled() -> Vec<PackFiles> {
        PackFiles::bundled_in(Scope::Full)
    }

    /// What `scope` needs of every pack built into the binary.
    pub fn bundled_in(scope: Scope) -> Vec<PackFiles> {
        BUNDLED.dirs().map(|dir| embedded(dir, scope)).collect()
    }

    /// Every file of the bundled pack whose folder is `folder`.
    pub fn bundled_folder(folder: &str) -> Option<PackFiles> {
        BUNDLED
            .get_dir(folder)
            .map(|dir| embedded(dir, Scope::Full))
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
fn read_tree(root: &Path, dir: &Path, out: &mut PackFiles) -> Result<(), (String, InputError)> {
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
        } else if out.scope.reads(&key) {
            let bytes = input::read_inside(root, &path, PACK_FILE_CAP, "the pack")
                .map_err(|e| (key.clone(), e))?;
            out.files.insert(key, bytes);
        } else {
            out.unread.insert(key);
        }
    }
    Ok(())
}

/// What `scope` needs of one embedded pack folder.
fn embedded(dir: &Dir<'static>, scope: Scope) -> PackFiles {
    let mut pack = PackFiles {
        root: format!("problems/{}", dir.path().display()),
        scope,
        ..PackFiles::default()
    };
    collect_embedded(dir, dir.path(), &mut pack);
    pack
}

fn collect_embedded(dir: &Dir<'static>, root: &Path, out: &mut PackFiles) {
    for file in dir.files() {
        if let Ok(relative) = file.path().strip_prefix(root) {
            let key = slash_path(relative);
            if out.scope.reads(&key) {
                out.files.insert(key, file.contents().to_vec());
            } else {
                out.unread.insert(key);
            }
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
