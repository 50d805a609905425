#!/usr/bin/env bash
# Peak memory (max RSS, from /usr/bin/time) of `judge submit` of each
# bundled pack's C and Go references, every test run (--no-cache, so no
# cached verdict), each after one warm-up that fills the compile and
# expected-output caches; and of `judge list` and `judge show`. Beside each
# submit: the largest guest memory of any of its tests (the report's
# `memory_bytes`), which is part of the RSS (the guest's touched pages), so
# RSS minus it bounds the judge's own share from above. Target (issue 13):
# submit <= 100 MiB on every bundled pack. A measurement, not a test.
#
#   bench/memory.sh                 # builds the release binary first
#   JUDGE=path/to/judge bench/memory.sh
#   PACKS="lru-cache implement-trie" bench/memory.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${JUDGE:-}" ]; then
  cargo build --release -p judge >&2
  JUDGE="$root/target/release/judge"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Max RSS in MiB (one decimal) of one judge command; its stdout is kept in
# $work/out. The exit code is not checked: a bundled pack's reference is
# accepted, as `cargo test` proves.
peak() {
  /usr/bin/time -f '%M' -o "$work/rss" "$JUDGE" --cache-dir "$work/cache" "$@" >"$work/out" 2>/dev/null || true
  awk '{ v = $1 } END { printf "%.1f", v / 1024 }' "$work/rss"
}

# The largest guest memory of any test in the JSON report in $work/out, MiB.
guest() {
  if command -v jq >/dev/null; then
    jq -r '[.tests[].memory_bytes] | max // 0 | . / 1048576 * 10 | round / 10' "$work/out" 2>/dev/null || echo "-"
  else
    echo "-"
  fi
}

# "RSS guest" of a submit of `ref` to pack `id`, or "- -" without one.
measure() {
  local id="$1" ref="$2"
  if [ ! -f "$ref" ]; then
    echo "- -"
    return
  fi
  peak submit "$id" "$ref" >/dev/null
  local rss
  rss="$(peak submit "$id" "$ref" --no-cache --format json)"
  echo "$rss $(guest)"
}

printf '%-48s %9s\n' "command" "max RSS"
printf '%-48s %5s MiB\n' "list" "$(peak list)"
printf '%-48s %5s MiB\n' "show lru-cache" "$(peak show lru-cache)"
echo
echo "submit --no-cache, MiB: max RSS of the judge, largest guest memory of a test"
printf '%-48s %8s %8s %8s %8s\n' "pack" "C RSS" "C guest" "Go RSS" "Go guest"
packs="${PACKS:-$(ls problems)}"
for id in $packs; do
  dir="problems/$id"
  [ -d "$dir" ] || continue
  read -r c_rss c_guest <<<"$(measure "$id" "$dir/reference/reference.c")"
  read -r go_rss go_guest <<<"$(measure "$id" "$dir/reference/reference.go")"
  printf '%-48s %8s %8s %8s %8s\n' "$id" "$c_rss" "$c_guest" "$go_rss" "$go_guest"
done
