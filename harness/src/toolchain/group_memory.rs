//! The memory of a compile is the memory of its whole process group (a
//! compiler driver, its front end, the linker, Go's parallel `compile`
//! processes), not of one process: RLIMIT_AS is per process and Go cannot
//! run under it at all. This measures a group's resident memory from
//! /proc, which needs no cgroups and no privileges.

use nix::unistd::Pid;

/// A process group's live members and their summed resident memory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupMemory {
    pub processes: usize,
    pub resident_bytes: u64,
}

/// Scans /proc for the live (non-zombie) members of group `pgid`. Shared
/// pages are counted once per process: an over-estimate, never an under.
pub fn of(pgid: Pid) -> GroupMemory {
    let page = nix::unistd::sysconf(nix::unistd::SysconfVar::PAGE_SIZE)
        .ok()
        .flatten()
        .map_or(4096, |p| p as u64);
    let mut total = GroupMemory::default();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return total;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        if let Some((group, rss_pages)) = parse_stat(&stat) {
            if group == pgid.as_raw() {
                total.processes += 1;
                total.resident_bytes += rss_pages * page;
            }
        }
    }
    total
}

/// The process group and resident pages of a live process, from the text
/// of `/proc/<pid>/stat` (fields after the command, which may hold spaces
/// and parentheses: state, ppid, pgrp, ..., rss is the 24th field).
fn parse_stat(stat: &str) -> Option<(i32, u64)> {
    let (_, rest) = stat.rsplit_once(") ")?;
    let fields: Vec<&str> = rest.split_ascii_whitespace().collect();
    if fields.first() == Some(&"Z") || fields.first() == Some(&"X") {
        return None;
    }
    Some((fields.get(2)?.parse().ok()?, fields.get(21)?.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_lines_parse_with_odd_command_names() {
        let line = "42 (a) b (c)) R 1 42 42 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 1 0 100 1000000 321 18446744073709551615";
        assert_eq!(parse_stat(line), Some((42, 321)));
        let zombie = "43 (x) Z 1 42 42 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 100 0 0 0";
        assert_eq!(parse_stat(zombie), None);
        assert_eq!(parse_stat("garbage"), None);
    }

    #[test]
    fn our_own_group_is_measured() {
        let me = of(nix::unistd::getpgrp());
        assert!(me.processes >= 1);
        assert!(me.resident_bytes > 1 << 20, "{me:?}");
    }
}
