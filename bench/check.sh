#!/usr/bin/env bash
# Benchmark for `judge check` (not a test): judges examples/solutions-repo
# six ways with the release binary -- cold (fresh cache dir), warm (the same
# cache again: compiled modules and verdicts reused) and warm with
# --no-cache (compiled modules reused, every test run again), with --jobs 1
# and --jobs 2 -- and prints wall times and ratios. Targets: 2 jobs >= 1.8x
# faster than 1 (cold), warm >= 10x faster than cold.
#
#   bench/check.sh                 # builds the release binary first
#   JUDGE=path/to/judge bench/check.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
repo="${REPO:-examples/solutions-repo}"
if [ -z "${JUDGE:-}" ]; then
  cargo build --release -p judge >&2
  JUDGE="$root/target/release/judge"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Seconds (wall) of one `judge check`; exit 1 (unexpected verdicts in the
# fixture) is expected, anything above 1 is not.
time_check() {
  local cache="$1" jobs="$2" start end code=0
  shift 2
  start=$(date +%s.%N)
  "$JUDGE" --cache-dir "$cache" check "$repo" --jobs "$jobs" --format json "$@" >"$work/out.json" 2>"$work/err.txt" || code=$?
  end=$(date +%s.%N)
  if [ "$code" -gt 1 ]; then
    echo "judge check failed (exit $code):" >&2
    cat "$work/err.txt" >&2
    exit 1
  fi
  echo "$end - $start" | bc -l
}

cold1=$(time_check "$work/cache1" 1)
warm1=$(time_check "$work/cache1" 1)
rerun1=$(time_check "$work/cache1" 1 --no-cache)
cold2=$(time_check "$work/cache2" 2)
warm2=$(time_check "$work/cache2" 2)
rerun2=$(time_check "$work/cache2" 2 --no-cache)

solutions=$(grep -c '"path"' "$work/out.json")
printf 'judge check %s (%s solutions), %s CPUs\n\n' "$repo" "$solutions" "$(nproc)"
printf '%-13s %10s %10s %10s\n' "" "--jobs 1" "--jobs 2" "1 / 2"
printf '%-13s %9.2fs %9.2fs %9.2fx\n' cold "$cold1" "$cold2" "$(echo "$cold1 / $cold2" | bc -l)"
printf '%-13s %9.2fs %9.2fs %9.2fx\n' warm "$warm1" "$warm2" "$(echo "$warm1 / $warm2" | bc -l)"
printf '%-13s %9.2fs %9.2fs %9.2fx\n' no-cache "$rerun1" "$rerun2" "$(echo "$rerun1 / $rerun2" | bc -l)"
printf '%-13s %9.2fx %9.2fx\n' "cold/warm" "$(echo "$cold1 / $warm1" | bc -l)" "$(echo "$cold2 / $warm2" | bc -l)"
printf '%-13s %9.2fx %9.2fx\n' "cold/no-cache" "$(echo "$cold1 / $rerun1" | bc -l)" "$(echo "$cold2 / $rerun2" | bc -l)"
