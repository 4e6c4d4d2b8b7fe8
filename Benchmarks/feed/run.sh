#!/usr/bin/env bash
# The feed benchmark: a seeded BMEcat 2005 file of N products (default 1,000,000) to Google Merchant
# XML, measured against `xmllint --stream --noout` on the same file in the same run.
#   Benchmarks/feed/run.sh [--products N] [--seed S] [--rounds R] [--keep]
# Prints, per round, the seconds of xmllint, one market and ten markets, and at the end the
# median ratios the targets are stated in: one market's throughput over xmllint's (at least 0.5),
# ten markets' time over one market's (at most 3), and the peak resident memory (at most 300 MB)
# from /usr/bin/time -v. Works in a temporary folder and removes it unless --keep is given.
set -euo pipefail
cd "$(dirname "$0")/../.."
products=1000000
seed=42
rounds=3
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --products) products=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v xmllint >/dev/null || { echo "xmllint is missing: apt-get install libxml2-utils" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 2; }
swift build -c release --product meridian >&2
swift build -c release --product FeedBench >&2
work=$(mktemp -d)
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
feed="$work/catalog.xml"
.build/release/FeedBench generate "$feed" --products "$products" --seed "$seed" >&2
# Every timed command starts with nothing left to write back: otherwise the kernel flushes the
# generated file (or the previous run's gigabytes of output) on the same two cores during the next
# measurement.
sync
echo "input: $products products, $(du -m "$feed" | cut -f1) MB, seed $seed; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

ten=DE,FR,GB,US,JP,BR,IT,ES,NL,AU
run_feed() {  # markets, output folder; prints "seconds peak_kb"
    rm -rf "$2"
    sync
    /usr/bin/time -f "%e %M" -o "$work/time.txt" .build/release/meridian feed --input "$feed" --markets "$1" \
        --format google-xml --out "$2" --date 2026-10-02 --shipping docs/samples/shipping.yaml \
        --default-availability in_stock --quiet > /dev/null || [ $? -eq 1 ]
    cat "$work/time.txt"
}
xml_times=(); one_times=(); ten_times=(); peak=0
for round in $(seq 1 "$rounds"); do
    sync
    start=$(date +%s.%N); xmllint --stream --noout "$feed"; end=$(date +%s.%N)
    x=$(echo "$end - $start" | bc)
    read -r o om < <(run_feed DE "$work/one")
    read -r t tm < <(run_feed "$ten" "$work/ten")
    rm -rf "$work/ten"   # deleted before the kernel writes it back
    for m in $om $tm; do [ "$m" -gt "$peak" ] && peak=$m; done
    printf 'round %d: xmllint %.2f s, one market %.2f s (ratio %.2f), ten markets %.2f s (%.2fx one)\n' \
        "$round" "$x" "$o" "$(echo "$x / $o" | bc -l)" "$t" "$(echo "$t / $o" | bc -l)"
    xml_times+=("$x"); one_times+=("$o"); ten_times+=("$t")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mx=$(median "${xml_times[@]}"); mo=$(median "${one_times[@]}"); mt=$(median "${ten_times[@]}")
printf 'median: xmllint %.2f s, one market %.2f s, ten markets %.2f s\n' "$mx" "$mo" "$mt"
printf 'one market / xmllint throughput: %.2f (target >= 0.5)\n' "$(echo "$mx / $mo" | bc -l)"
printf 'ten markets / one market time:   %.2f (target <= 3)\n' "$(echo "$mt / $mo" | bc -l)"
printf 'peak resident memory:            %d MB (target <= 300)\n' "$((peak / 1024))"
echo "written: $(grep -c '<item>' "$work/one/DE/products.xml") items in DE/products.xml; xmllint: $(xmllint --stream --noout "$work/one/DE/products.xml" && echo well-formed)"
