#!/usr/bin/env bash
# Peak memory (max RSS, from /usr/bin/time -v) of `judge submit` of each
# bundled pack's C reference with the release binary, every test run
# (--no-cache, so no cached verdict), after one warm-up that fills the
# compile and expected-output caches; and of `judge list`. Target (issue 13):
# submit <= 100 MiB on every bundled pack. A measurement, not a test.
#
#   bench/memory.sh                 # builds the release binary first
#   JUDGE=path/to/judge bench/memory.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${JUDGE:-}" ]; then
  cargo build --release -p judge >&2
  JUDGE="$root/target/release/judge"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Max RSS in MiB of one judge command (its exit code is not checked: a
# bundled pack's reference is accepted, as `cargo test` proves).
peak() {
  /usr/bin/time -f '%M' -o "$work/rss" "$JUDGE" --cache-dir "$work/cache" "$@" >"$work/out" 2>/dev/null || true
  echo "$(( $(tail -n1 "$work/rss") / 1024 ))"
}

printf '%-26s %10s\n' "command" "max RSS"
printf '%-26s %7s MiB\n' "list" "$(peak list)"
for pack in problems/*/; do
  id="$(basename "$pack")"
  ref="$pack/reference/reference.c"
  [ -f "$ref" ] || continue
  peak submit "$id" "$ref" >/dev/null
  printf '%-26s %7s MiB\n' "submit $id" "$(peak submit "$id" "$ref" --no-cache)"
done
