#!/usr/bin/env bash
# Figure 2 of issue 13 (a measurement, not a test): the cached judge on every
# test of the lru-cache pack beside the same solution built natively and run
# as one process per test, in one run. The benchmark is the `pack-bench` bin
# of the judge package (judge/src/bin/pack-bench.rs), built in the release
# profile with the judge binary's dependency features, so on a machine where
# `cargo build --release -p judge` is done only that one file compiles.
#
#   bench/pack.sh            # 11 timed runs per side, medians
#   bench/pack.sh --quick    # 1 timed run: checks that it still works
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$HOME/.local/bin:$PATH"
cargo build -q --release -p judge --features pack-bench --bin pack-bench >&2
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), $(nproc) CPUs"
exec "$root/target/release/pack-bench" "$@"
