#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kill -9 at random moments during every writer of WarmShell (issue 15, item 3): the target must
# always hold the old content or the complete new one, never a truncated or empty file.
#
# Usage: bench/killwriters.sh [--build DIR] [--runs N] [--racks R] [--writers LIST] [--report-site FILE]
#   --build DIR    the build tree with app/warmshell-cli, app/warmshell and bench/bench_load (default build)
#   --runs N       kills per writer (default 100)
#   --racks R      racks of the synthetic site, so that writing takes a while (default 3000)
#   --writers LIST comma list of: lp,mps,report,solve,export,netbox (default all)
#   --report-site FILE  the project the report draws (default the synthetic site; the report also
#                  solves the timeline and the comparison, minutes on a large site)
# Each writer is first run to its end once (the reference: its duration and its complete output);
# then N times over a target holding "old" content, killed with SIGKILL after a random delay: half
# of the delays uniform over the whole run, half in its last 20 % (where the file is written).
# Prints per writer: runs, old content kept, complete new content, corrupt. Exit 1 if any corrupt.
# Not in CTest (it takes minutes); run it by hand.
set -u

build=build runs=100 racks=3000 writers=lp,mps,report,solve,export,netbox report_site=
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --racks) racks=$2; shift 2 ;;
    --writers) writers=$2; shift 2 ;;
    --report-site) report_site=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--runs N] [--racks R] [--writers LIST] [--report-site FILE]" >&2; exit 2 ;;
    esac
done
here=$(cd "$(dirname "$0")/.." && pwd)
cli=$(cd "$build" && pwd)/app/warmshell-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/bench/bench_load" "$racks" --write "$work/site.json" >/dev/null || { echo "bench_load failed" >&2; exit 1; }
# A NetBox export of as many racks, each with one primary feed, from the test fixtures.
python3 - "$here/tests/data/netbox" "$work" "$racks" <<'EOF'
import copy, json, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
racks = json.load(open(f"{src}/racks.json"))["results"]
feeds = json.load(open(f"{src}/power-feeds.json"))["results"]
outRacks, outFeeds = [], []
for i in range(n):
    r = copy.deepcopy(racks[0]); r["id"] = 100000 + i; r["name"] = r["display"] = f"R{i:05d}"
    f = copy.deepcopy(feeds[0]); f["id"] = 500000 + i; f["name"] = f["display"] = f"PF-R{i:05d}-A"
    f["rack"] = {"id": r["id"], "name": r["name"], "display": r["name"]}
    outRacks.append(r); outFeeds.append(f)
json.dump({"results": outRacks}, open(f"{dst}/racks.json", "w"))
json.dump({"results": outFeeds}, open(f"{dst}/feeds.json", "w"))
EOF

site=$work/site.json
report_site=${report_site:-$site}
export XDG_RUNTIME_DIR=$work # the desktop app that draws the report wants one
command_of() { # writer target → the command line
    case $1 in
    lp) echo "$cli model $site --lp $2" ;;
    mps) echo "$cli model $site --mps $2" ;;
    report) echo "$cli report $report_site --out $2 --force" ;;
    solve) echo "$cli solve $site --heuristic --format json --out $2" ;;
    export) echo "$cli export $site --what placements --heuristic --out $2" ;;
    netbox) echo "$cli import-netbox --racks $work/racks.json --power-panels $here/tests/data/netbox/power-panels.json --power-feeds $work/feeds.json --plan-start 2025-01-01 --force --out $2" ;;
    esac
}

# Whether $2 is a complete output of writer $1: byte-identical to the reference where the writer is
# deterministic, else checked for its format's end (JSON parses, the PDF ends with %%EOF).
complete() {
    case $1 in
    solve | netbox) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$2" 2>/dev/null ;;
    report) head -c 5 "$2" | grep -q '%PDF-' && tail -c 32 "$2" | grep -q '%%EOF' ;;
    *) cmp -s "$2" "$work/$1.reference" ;;
    esac
}

status=0
printf '%-8s %6s %6s %6s %8s %10s %12s\n' writer runs old new corrupt "run (s)" "output (B)"
for writer in ${writers//,/ }; do
    reference=$work/$writer.reference
    start=$(date +%s%N)
    $(command_of "$writer" "$reference") >/dev/null 2>"$work/err" || { echo "$writer failed:"; cat "$work/err"; status=1; continue; }
    millis=$((($(date +%s%N) - start) / 1000000))
    complete "$writer" "$reference" || { echo "$writer: the reference output is not complete" >&2; status=1; continue; }
    old=0 new=0 corrupt=0
    target=$work/$writer.target
    for ((i = 0; i < runs; i++)); do
        printf 'old content\n' >"$target"
        if ((i % 2 == 0)); then delay=$((RANDOM * 32768 + RANDOM)); delay=$((delay % (millis + 1))); else
            delay=$((millis * 8 / 10 + (RANDOM % (millis * 25 / 100 + 1)))); fi
        $(command_of "$writer" "$target") >/dev/null 2>&1 &
        pid=$!
        sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        if printf 'old content\n' | cmp -s - "$target"; then old=$((old + 1));
        elif complete "$writer" "$target"; then new=$((new + 1));
        else corrupt=$((corrupt + 1)); cp "$target" "${TMPDIR:-/tmp}/killwriters-$writer-corrupt-$i"; fi
    done
    printf '%-8s %6d %6d %6d %8d %10.2f %12d\n' "$writer" "$runs" "$old" "$new" "$corrupt" "$(awk -v m="$millis" 'BEGIN { print m / 1000 }')" \
        "$(stat -c %s "$reference")"
    [ "$corrupt" -eq 0 ] || status=1
done
exit $status
