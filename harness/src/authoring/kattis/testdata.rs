//! A Kattis package's `data/` folder as pack tests: every `.in`/`.ans` pair
//! under `data/sample` and `data/secret` (groups included), each named from
//! its path so that no two tests share a name (`a_b`, `a-b` and `A-B` stay
//! three tests), with the output validator flags its group inherits from
//! the `testdata.yaml` / `test_group.yaml` files above it. An interactive
//! problem's `.in` needs no `.ans` (its interactor gets an empty one), and
//! `.interaction` sample transcripts mark a problem as interactive.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::metadata::{group_flags, GroupFlags};
use super::{io, ImportError};

/// One test found in `data/`.
#[derive(Debug, Clone, PartialEq)]
pub struct KattisTest {
    /// The pack test name (`secret-group1-01`), unique in the package.
    pub name: String,
    pub input: Vec<u8>,
    pub answer: Vec<u8>,
    /// The flags the test's group passes to the output and input
    /// validators, where a `testdata.yaml` / `test_group.yaml` sets them.
    pub group_flags: GroupFlags,
    /// Its group, as the author knows it (`data/secret/group1`).
    pub group: String,
    /// What the names of its group's tests start with (`secret-group1-`).
    pub name_prefix: String,
}

/// Everything read from `data/`.
#[derive(Debug, Default)]
pub struct TestData {
    pub tests: Vec<KattisTest>,
    pub samples: usize,
    pub warnings: Vec<String>,
    /// A sample `.interaction` transcript was found: the problem is
    /// interactive even if `problem.yaml` does not say so.
    pub interaction_samples: bool,
}

/// Reads `data/sample` then `data/secret` (samples run first). With
/// `interactive`, an `.in` without its `.ans` is a test with an empty
/// answer.
pub fn read(data: &Path, interactive: bool) -> Result<TestData, ImportError> {
    let mut found = TestData::default();
    let root_flags = flags_in(data)?;
    let mut names = BTreeSet::new();
    for group in ["sample", "secret"] {
        walk(
            &data.join(group),
            &format!("data/{group}"),
            group,
            root_flags.clone(),
            interactive,
            &mut names,
            &mut found,
        )?;
        if group == "sample" {
            found.samples = found.tests.len();
        }
    }
    Ok(found)
}

/// The flags a folder's own `test_group.yaml` or `testdata.yaml` sets
/// (the first file that sets each wins).
fn flags_in(dir: &Path) -> Result<GroupFlags, ImportError> {
    let mut flags = GroupFlags::default();
    for file in ["test_group.yaml", "testdata.yaml"] {
        let path = dir.join(file);
        if let Some(text) = read_text(&path)? {
            flags = flags.or(&group_flags(&text, &path.display().to_string())?);
        }
    }
    Ok(flags)
}

fn read_text(path: &Path) -> Result<Option<String>, ImportError> {
    if !path.is_file() {
        return Ok(None);
    }
    std::fs::read_to_string(path).map(Some).map_err(io(path))
}

/// A path segment as part of a test name: characters a file name can hold
/// everywhere, others replaced by `_`.
fn name_part(segment: &str) -> String {
    segment
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `name`, or `name~2`, `name~3`… if it is taken.
fn unique(name: String, names: &mut BTreeSet<String>) -> (String, bool) {
    if names.insert(name.clone()) {
        return (name, false);
    }
    let mut n = 2;
    loop {
        let candidate = format!("{name}~{n}");
        if names.insert(candidate.clone()) {
            return (candidate, true);
        }
        n += 1;
    }
}

#[allow(clippy::too_many_arguments)]
fn walk(
    dir: &Path,
    group: &str,
    prefix: &str,
    inherited: GroupFlags,
    interactive: bool,
    names: &mut BTreeSet<String>,
    found: &mut TestData,
) -> Result<(), ImportError> {
    if !dir.is_dir() {
        return Ok(());
    }
    let flags = flags_in(dir)?.or(&inherited);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let file_names: BTreeSet<String> = entries
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
        .collect();
    for path in &entries {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            found.warnings.push(format!(
                "{group}/{}: the file name is not UTF-8; skipped",
                path.file_name().unwrap_or_default().to_string_lossy()
            ));
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(
                path,
                &format!("{group}/{name}"),
                &format!("{prefix}-{}", name_part(name)),
                flags.clone(),
                interactive,
                names,
                found,
            )?;
            continue;
        }
        if name.ends_with(".interaction") {
            found.interaction_samples = true;
            continue;
        }
        if let Some(stem) = name.strip_suffix(".ans") {
            if !file_names.contains(&format!("{stem}.in")) {
                found.warnings.push(format!(
                    "{group}/{name} has no {stem}.in: it is not a test; skipped"
                ));
            }
            continue;
        }
        let Some(stem) = name.strip_suffix(".in") else {
            continue;
        };
        let answer = path.with_file_name(format!("{stem}.ans"));
        let has_answer = file_names.contains(&format!("{stem}.ans"));
        if !has_answer && !interactive {
            found
                .warnings
                .push(format!("{group}/{name} has no {stem}.ans; skipped"));
            continue;
        }
        let (test, renamed) = unique(format!("{prefix}-{}", name_part(stem)), names);
        if renamed {
            found.warnings.push(format!(
                "{group}/{name}: its name is taken by another test; imported as {test}"
            ));
        }
        found.tests.push(KattisTest {
            name: test,
            input: std::fs::read(path).map_err(io(path))?,
            answer: if has_answer {
                std::fs::read(&answer).map_err(io(&answer))?
            } else {
                Vec::new()
            },
            group_flags: flags.clone(),
            group: group.to_string(),
            name_prefix: format!("{prefix}-"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::kattis::write_package_files as write;

    #[test]
    fn names_never_collide_and_groups_inherit_flags() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            &[
                (
                    "data/testdata.yaml",
                    "output_validator_flags: case_sensitive\n",
                ),
                ("data/sample/1.in", "1"),
                ("data/sample/1.ans", "1"),
                ("data/secret/a_b.in", "a"),
                ("data/secret/a_b.ans", "a"),
                ("data/secret/a-b.in", "b"),
                ("data/secret/a-b.ans", "b"),
                ("data/secret/A-B.in", "c"),
                ("data/secret/A-B.ans", "c"),
                ("data/secret/g/x.in", "d"),
                ("data/secret/g/x.ans", "d"),
                ("data/secret/g-x.in", "e"),
                ("data/secret/g-x.ans", "e"),
                (
                    "data/secret/g/test_group.yaml",
                    "output_validator_args: [float_tolerance, '1e-3']\n",
                ),
                ("data/secret/orphan.ans", "f"),
                ("data/secret/lonely.in", "g"),
            ],
        );
        let data = read(&dir.path().join("data"), false).unwrap();
        let names: Vec<&str> = data.tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "sample-1",
                "secret-A-B",
                "secret-a-b",
                "secret-a_b",
                "secret-g-x",
                "secret-g-x~2"
            ]
        );
        assert_eq!(data.samples, 1);
        let flags: Vec<Option<&str>> = data
            .tests
            .iter()
            .map(|t| t.group_flags.output.as_deref())
            .collect();
        assert_eq!(flags[0], Some("case_sensitive"));
        // data/secret/g/x is read before data/secret/g-x: the group's own
        // file overrides the inherited flags.
        assert_eq!(
            flags[4],
            Some("float_tolerance 1e-3"),
            "{:?}",
            data.tests[4]
        );
        assert_eq!(flags[5], Some("case_sensitive"));
        let warnings = data.warnings.join("\n");
        assert!(
            warnings.contains("data/secret/orphan.ans has no orphan.in"),
            "{warnings}"
        );
        assert!(
            warnings.contains("data/secret/lonely.in has no lonely.ans"),
            "{warnings}"
        );
        assert!(
            warnings.contains(
                "data/secret/g-x.in: its name is taken by another test; imported as secret-g-x~2"
            ),
            "{warnings}"
        );
    }

    #[test]
    fn interaction_samples_mean_an_interactive_problem() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            &[
                ("data/sample/1.interaction", "> 5\n< 3\n"),
                ("data/sample/1.in", "5 3\n"),
                ("data/secret/2.in", "9 9\n"),
            ],
        );
        let data = read(&dir.path().join("data"), false).unwrap();
        assert!(data.interaction_samples);
        assert!(
            data.tests.is_empty(),
            "no .ans: not tests of a plain problem"
        );
        let data = read(&dir.path().join("data"), true).unwrap();
        let names: Vec<&str> = data.tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["sample-1", "secret-2"]);
        assert!(data.tests.iter().all(|t| t.answer.is_empty()));
    }
}
