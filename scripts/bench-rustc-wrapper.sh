#!/usr/bin/env bash
# RUSTC_WRAPPER of scripts/bench-build.sh: runs rustc as usual, except for the crate named by
# BENCH_CRATE (`--crate-name` as rustc sees it, e.g. `ours_2025`), which it runs under
# `/usr/bin/time -v` (report to BENCH_TIME_FILE: rustc's own CPU time and peak memory, not
# cargo's) and, when BENCH_CACHEGRIND_FILE is set, under valgrind's cachegrind too
# (instructions executed, steady on a loaded machine where wall time is not).
set -euo pipefail
crate=
prev=
for arg in "$@"; do
    if [ "$prev" = --crate-name ]; then
        crate=$arg
        break
    fi
    prev=$arg
done
if [ -z "$crate" ] || [ "$crate" != "${BENCH_CRATE:-}" ]; then
    exec "$@"
fi
if [ -n "${BENCH_CACHEGRIND_FILE:-}" ]; then
    # The rustup proxy would be counted too: run the toolchain's rustc itself.
    rustc=$("$1" --print sysroot)/bin/rustc
    shift
    exec /usr/bin/time -v -o "$BENCH_TIME_FILE" valgrind --tool=cachegrind --cache-sim=no \
        --cachegrind-out-file="$BENCH_CACHEGRIND_FILE" "$rustc" "$@"
fi
exec /usr/bin/time -v -o "$BENCH_TIME_FILE" "$@"
