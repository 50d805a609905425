#!/usr/bin/env bash
# The six figures of issue 13 in one command (a measurement, not a test),
# each beside its native or normalising side, with the release binary:
#   1. share of perf samples in the guest's compiled code, cached re-judge
#      of lru-cache with the C and the Go reference (needs `perf`);
#   2. the pack benchmark: cached judge vs one native process per test;
#   3. first submit (new source, empty judge cache, warm Go build cache) vs
#      a warm `go build` of hello-world for wasip1, with the shared caches
#      (Cranelift's functions, the shared store) cold and warm;
#   4. `judge check` warm vs cold (bench/check.sh);
#   5. peak memory of a submit;
#   6. the Go driver's own fuel on the largest lru-cache test (an
#      empty-bodied solution), beside the C driver's.
#
#   bench/issue13.sh            # builds the release binary first
#   JUDGE=path/to/judge bench/issue13.sh
#   bench/issue13.sh 1 3        # only figures 1 and 3
set -euo pipefail
figures=" ${*:-1 2 3 4 5 6} "
# Whether figure $1 was asked for.
want() { [[ "$figures" == *" $1 "* ]]; }

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$HOME/.local/bin:$PATH"
if [ -z "${JUDGE:-}" ]; then
  cargo build --release -p judge >&2
  JUDGE="$root/target/release/judge"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
refs=problems/lru-cache/reference
runs=${RUNS:-5}

# Median of the numbers on stdin.
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Wall seconds of a command (its output discarded; exit 1 = a verdict).
seconds() {
  local start end code=0
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || code=$?
  end=$(date +%s.%N)
  [ "$code" -le 1 ] || { echo "failed ($code): $*" >&2; exit 1; }
  echo "$end - $start" | bc -l
}

if want 1; then
echo "== 1. guest share of CPU samples, cached re-judge of lru-cache =="
if command -v perf >/dev/null && perf record -o "$work/probe.data" -q true 2>/dev/null; then
  for file in reference.c reference.go; do
    # The warm-up runs under perf too: perf puts its own directory on PATH,
    # which changes the toolchain-detection key, and a warm-up without it
    # leaves one toolchain probe in the measured runs.
    perf record -q -o "$work/warm.data" "$JUDGE" --cache-dir "$work/perf-cache" \
      submit lru-cache "$refs/$file" >/dev/null 2>&1 || true
    # --no-cache: the verdict cache would replay the first run's report
    # without running a test; the compiled module and expected outputs
    # still come from the cache. Several re-judges in one recording.
    perf record -q -o "$work/perf.data" -- bash -c 'for _ in 1 2 3 4 5; do
        "$0" --cache-dir "$1" submit lru-cache "$2" --no-cache >/dev/null 2>&1; done; true' \
      "$JUDGE" "$work/perf-cache" "$refs/$file" || true
    # JIT code has no file behind it: perf names it `[JIT] tid N`.
    perf report -i "$work/perf.data" --no-children --sort dso --stdio 2>/dev/null |
      awk -v f="$file" '/^ +[0-9.]+%/ { pct=$1; sub("%","",pct); dso=$2;
          if (dso ~ /JIT|perf-[0-9]+\.map/) guest+=pct; else judge+=pct }
        END { printf "%-14s guest %5.1f%%   judge+kernel %5.1f%%   (targets: C >= 70%%, Go >= 80%%)\n", f, guest, judge }'
  done
else
  echo "perf unavailable (or not permitted): skipped"
fi
echo
fi

if want 2; then
echo "== 2. pack benchmark: cached judge vs native process per test =="
bench/pack.sh
echo
fi

if want 3; then
echo "== 3. first submit (new source, empty judge cache) =="
hello="$work/hello"
mkdir -p "$hello"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n' >"$hello/main.go"
printf 'module hello\n\ngo 1.21\n' >"$hello/go.mod"
(cd "$hello" && GOOS=wasip1 GOARCH=wasm go build -o hello.wasm .) # warms Go's cache
gobuild=$(for _ in $(seq $runs); do
  rm -f "$hello/hello.wasm"
  (cd "$hello" && seconds env GOOS=wasip1 GOARCH=wasm go build -o hello.wasm .)
done | median)
# Cranelift's function cache and the shared store (expected outputs of
# generated tests, detected toolchains) are shared by every judge cache dir,
# like Go's build cache: "cold" gives each submit a fresh one, "warm" one
# that an untimed submit of the same pack filled (each row says which).
JUDGE_FUNCTION_CACHE="$work/functions-warm" JUDGE_SHARED_CACHE="$work/store-warm" \
  JUDGE_SHARED_KEY="$work/state-warm/shared.key" "$JUDGE" --cache-dir "$work/warm-up" \
  submit lru-cache "$refs/reference.go" >/dev/null 2>&1 || true
for row in "reference.go cold cold" "reference.go warm cold" "reference.go warm warm" \
  "reference.c warm cold" "reference.c warm warm"; do
  read -r file functions store <<<"$row"
  times=$(for i in $(seq $runs); do
    src="$work/new$i-$file"
    # A new source each time (a comment with a fresh nonce), a fresh cache.
    { cat "$refs/$file"; printf '\n// %s\n' "$(date +%s%N)"; } >"$src"
    fcache="$work/functions-warm"
    [ "$functions" = warm ] || fcache="$work/functions-$i-$file"
    # A cold store is an empty one under the same key: the key also
    # seals the function cache, which a new key would turn cold as well.
    shared="$work/store-warm"
    [ "$store" = warm ] || shared="$work/store-$i-$file-$functions"
    JUDGE_FUNCTION_CACHE="$fcache" JUDGE_SHARED_CACHE="$shared" JUDGE_SHARED_KEY="$work/state-warm/shared.key" \
      seconds "$JUDGE" --cache-dir "$work/first-$i-$file-$functions-$store" submit lru-cache "$src"
  done | median)
  printf '%-14s functions %-4s store %-4s first submit %6.2fs   warm go build hello (wasip1) %5.2fs   ratio %5.1fx   (targets: Go <= 7x, C <= 1 s)\n' \
    "$file" "$functions" "$store" "$times" "$gobuild" "$(echo "$times / $gobuild" | bc -l)"
done
echo
fi

if want 4; then
echo "== 4. judge check, cold vs warm =="
JUDGE="$JUDGE" bench/check.sh
echo
fi

if want 5; then
echo "== 5. submit peak memory =="
for file in reference.c reference.go; do
  "$JUDGE" --cache-dir "$work/mem-cache" submit lru-cache "$refs/$file" >/dev/null 2>&1 || true
  # --no-cache: every test runs (a cached verdict would run none).
  # time's own report goes to a file: the judge's stderr is discarded.
  /usr/bin/time -f '%M' -o "$work/rss" "$JUDGE" --cache-dir "$work/mem-cache" submit lru-cache "$refs/$file" --no-cache >/dev/null 2>&1 || true
  kib=$(tail -1 "$work/rss")
  printf '%-14s peak RSS %6.1f MiB (re-judge running every test; target <= 100 MiB)\n' "$file" "$(echo "$kib / 1024" | bc -l)"
done
echo
fi

if want 6; then
echo "== 6. driver fuel on the largest lru-cache test, empty-bodied solution =="
cat >"$work/empty.go" <<'EOF'
type LRUCache struct{}

func Constructor(capacity int) LRUCache { return LRUCache{} }

func (this *LRUCache) Get(key int) int { return 0 }

func (this *LRUCache) Put(key int, value int) {}
EOF
cat >"$work/empty.c" <<'EOF'
typedef struct { int unused; } LRUCache;
LRUCache* lRUCacheCreate(int capacity) { return calloc(1, sizeof(LRUCache)); }
int lRUCacheGet(LRUCache* obj, int key) { return 0; }
void lRUCachePut(LRUCache* obj, int key, int value) {}
void lRUCacheFree(LRUCache* obj) { free(obj); }
EOF
cargo build -q --release -p harness --example fuel 2>/dev/null
for file in empty.go empty.c; do
  # Columns: test, verdict, user fuel, total fuel; the largest total wins.
  # An empty body answers wrongly (WA): every test still runs to the end.
  "$root/target/release/examples/fuel" lru-cache "$work/$file" |
    awk -v f="$file" '$2 ~ /^(AC|WA)$/ { u=$3; t=$4; sub("M","",u); sub("M","",t); if (t+0 > max) { max=t; user=u; name=$1 } }
      END { printf "%-10s %-24s driver %7.1fM fuel, user (empty calls) %6.1fM   (target: Go driver <= 250M)\n", f, name, max-user, user }'
done
fi
